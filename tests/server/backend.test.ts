// The HubSpot backend end to end: signed card requests in, @hubspot/api-client HTTP out to an
// msw-mocked HubSpot portal, tokens in SQLite.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import {
  contactCollectionsSchema,
  engagementPageSchema,
  flagWriteReplySchema,
  languagePaths,
  planWriteReplySchema,
  promiseWriteReplySchema,
  signalsReplySchema,
  apiErrorReplySchema,
  type ApiErrorCode,
} from '../../apps/hubspot/contract';
import { defaultContactReadTtlMs } from '../../apps/hubspot/server/cache/contactReads';
import { requiredScopes } from '../../apps/hubspot/server/oauth';
import { createHubSpotHandlers, hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { promiseWriteJson } from '../../shared/testing/factories';
import { agentEmail, startHarness, setDisputeFlag, startInstall, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function expectError(reply: { status: number; body: unknown }, code: ApiErrorCode) {
  const parsed = apiErrorReplySchema.parse(reply.body);
  expect(parsed.error.code).toBe(code);
  return parsed.error;
}

const plan = (key: string, count = 3) => ({
  idempotencyKey: key,
  currency: 'USD',
  summary: '3 payments of $120.00 every two weeks. <b>Thanks</b>',
  instalments: Array.from({ length: count }, (_, i) => ({
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-05`,
    amount: '120.00',
  })),
});

const count = (h: Harness, request: string) => h.world.requests.filter((r) => r === request).length;

describe('OAuth install', () => {
  it('links to HubSpot with exactly the scopes the backend uses', async () => {
    const link = await h.backend.app.inject({ method: 'GET', url: '/oauth/install' });
    expect(link.statusCode).toBe(302);
    const url = new URL(String(link.headers.location));
    expect(url.origin).toBe('https://app.hubspot.com');
    expect(url.searchParams.get('scope')?.split(' ').sort()).toEqual([...requiredScopes].sort());
    expect(url.searchParams.get('redirect_uri')).toBe('https://tactful.test/oauth/callback');
  });

  it('exchanges the code, stores the tokens encrypted and creates the collections properties once', async () => {
    const first = await h.install();
    expect(first).toEqual({
      status: 200,
      body: { installed: true, portalId: h.world.portalId, propertiesCreated: 30 },
    });
    const stored = await h.backend.store.getInstallation(h.world.portalId);
    const [issued] = [...h.world.accessTokens.keys()];
    expect(stored?.sealedAccessToken).not.toContain(issued);
    expect(h.world.propertyGroups.has('tactful_collections')).toBe(true);
    expect(h.world.contactProperties.has('tactful_flag_do_not_call_reason')).toBe(true);

    const again = await h.install();
    expect(again.body).toEqual({
      installed: true,
      portalId: h.world.portalId,
      propertiesCreated: 0,
    });
  });

  it('refuses a callback with a forged state or a code HubSpot rejects', async () => {
    const forged = await h.backend.app.inject({
      method: 'GET',
      url: '/oauth/callback?code=good-code&state=1.abc.def',
    });
    expect(forged.statusCode).toBe(401);
    const link = await startInstall(h.backend);
    const bad = await h.backend.app.inject({
      method: 'GET',
      url: `/oauth/callback?code=bad-code&state=${encodeURIComponent(link.state)}`,
      headers: { cookie: link.cookie },
    });
    expect(bad.statusCode).toBe(403);
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeUndefined();
  });
});

describe('request signatures', () => {
  beforeEach(async () => {
    await h.install();
  });

  it('serves a correctly signed request', async () => {
    const reply = await h.call('GET', '/api/contacts/506/collections');
    expect(reply.status).toBe(200);
  });

  it.each([
    ['missing', { tamper: 'no-signature' as const }],
    ['tampered signature', { tamper: 'signature' as const }],
    ['tampered URL', { tamper: 'path' as const }],
    ['tampered body', { tamper: 'body' as const, body: { settings: { minInstalment: '25.00' } } }],
    ['stale (6 minutes old)', { timestampOffsetMs: -6 * 60 * 1000 }],
  ])('refuses a %s signature with 401', async (_name, options) => {
    const method = 'body' in options ? 'PUT' : 'GET';
    const path = 'body' in options ? '/api/settings' : '/api/contacts/506/collections';
    const reply = await h.call(method, path, options);
    expect(reply.status).toBe(401);
    expectError(reply, 'unauthorized');
  });

  it('refuses a replayed write', async () => {
    const first = await h.call('PUT', '/api/settings', { body: { settings: { a: 1 } } });
    expect(first.status).toBe(200);
    const replay = await first.send();
    expect(replay.status).toBe(401);
  });

  it('answers identical reads sent in the same millisecond (the card loads settings twice at once)', async () => {
    const first = await h.call('GET', '/api/contacts/506/collections');
    expect(first.status).toBe(200);
    const same = await Promise.all([first.send(), first.send()]);
    expect(same.map((reply) => reply.status)).toEqual([200, 200]);
  });

  it("lets HubSpot's automatic retry of a request that got a 5xx through", async () => {
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        () => new HttpResponse(null, { status: 503 }),
      ),
    );
    const first = await h.call('GET', '/api/contacts/506/collections');
    expect(first.status).toBe(502);
    server.resetHandlers();
    server.use(...createHubSpotHandlers(h.world));
    expect((await first.send()).status).toBe(200);
  });

  it('refuses a signed request for a portal that never installed the app', async () => {
    const reply = await h.call('GET', '/api/contacts/506/collections', {
      query: { portalId: '999' },
    });
    expect(reply.status).toBe(403);
    expectError(reply, 'not-installed');
  });
});

describe('contact history', () => {
  beforeEach(async () => {
    await h.install();
  });

  it('pages through every engagement via associations v4 and batch reads', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const reply = await h.call('GET', '/api/contacts/501/engagements', {
        query: { limit: '20', ...(cursor ? { cursor } : {}) },
      });
      expect(reply.status).toBe(200);
      const page = engagementPageSchema.parse(reply.body);
      expect(page.engagements.length).toBeLessThanOrEqual(100);
      page.engagements.forEach((e) => seen.add(`${e.type}:${e.id}`));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.size).toBe(240);
    expect(count(h, 'GET /crm/v4/objects/contacts/501/associations/calls')).toBe(3);
    expect(count(h, 'POST /crm/v3/objects/calls/batch/read')).toBe(3);
  });

  it('gives plain-text excerpts, directions and newest first', async () => {
    const reply = await h.call('GET', '/api/contacts/502/engagements');
    const page = engagementPageSchema.parse(reply.body);
    expect(page.nextCursor).toBeUndefined();
    const note = page.engagements.find((e) => e.type === 'notes');
    expect(note?.excerpt).toBe('Note: Consulta sobre el saldo pendiente');
    expect(page.engagements.some((e) => e.type === 'emails' && e.direction === 'inbound')).toBe(
      true,
    );
    const times = page.engagements.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("never sends the customer's email text to the card: the signals route reads it in memory", async () => {
    const reply = await h.call('GET', '/api/contacts/501/engagements', { query: { limit: '100' } });
    const first = engagementPageSchema.parse(reply.body);
    const inbound = first.engagements.filter(
      (e) => e.type === 'emails' && e.direction === 'inbound',
    );
    expect(inbound.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply.body)).not.toContain('latestInboundEmail');
    // The same page's newest inbound email, read by the backend: its signals reach the card.
    const signals = signalsReplySchema.parse(
      (await h.call('GET', languagePaths.signals('501'))).body,
    );
    expect(signals.hasMessage).toBe(true);
  });

  it('refuses a page size that could outlast the card timeout, and a forged cursor', async () => {
    expect(
      (await h.call('GET', '/api/contacts/501/engagements', { query: { limit: '500' } })).status,
    ).toBe(400);
    const forged = await h.call('GET', '/api/contacts/501/engagements', {
      query: { cursor: 'not-ours' },
    });
    expectError(forged, 'bad-request');
  });
});

describe('collections properties', () => {
  beforeEach(async () => {
    await h.install();
  });

  it('reads balance, due date, flags, time zone and invoices in the contact’s currency', async () => {
    const reply = await h.call('GET', '/api/contacts/503/collections');
    const collections = contactCollectionsSchema.parse(reply.body);
    expect(collections.balance).toEqual({ amount: '2310.75', currency: 'GBP' });
    expect(collections.due).toBe('2026-08-15');
    expect(collections.timeZone).toBe('Europe/London');
    expect(collections.flags).toEqual([
      {
        kind: 'breathing-space',
        since: '2026-11-02',
        source: 'third-party',
        reason: 'Debt adviser registered a breathing space',
      },
    ]);
    expect(collections.invoices[0]?.balanceDue).toEqual({ amount: '2310.75', currency: 'GBP' });

    const yen = contactCollectionsSchema.parse(
      (await h.call('GET', '/api/contacts/504/collections')).body,
    );
    expect(yen.balance).toEqual({ amount: '185000', currency: 'JPY' });
  });

  it('reports a balance it cannot read instead of guessing', async () => {
    const contact = h.world.contacts.get('504');
    if (contact) contact.properties.tactful_balance = '1850.55'; // yen have no minor unit
    const collections = contactCollectionsSchema.parse(
      (await h.call('GET', '/api/contacts/504/collections')).body,
    );
    expect(collections.balance).toBeUndefined();
    expect(collections.unreadable).toContain('tactful_balance');
  });

  it('sets a flag with its reason and clears it, leaving a note each time', async () => {
    const set = await setDisputeFlag(h, 'flag-key-0001');
    expect(set.status).toBe(200);
    const afterSet = flagWriteReplySchema.parse(set.body);
    expect(afterSet.flags).toEqual([
      { kind: 'dispute', since: '2026-11-25', source: 'customer', reason: 'Disputes the late fee' },
    ]);
    const cleared = await h.call('PUT', '/api/contacts/506/flags/dispute', {
      body: { set: false, reason: 'Fee refunded', idempotencyKey: 'flag-key-0002' },
    });
    expect(flagWriteReplySchema.parse(cleared.body).flags).toEqual([]);
    const notes = [...h.world.objects.notes.values()].map((n) => n.properties.hs_note_body ?? '');
    expect(notes.some((body) => body.includes('Fee refunded'))).toBe(true);
  });

  it('keeps the email a one-click flag was set from on its note, once however often it is sent', async () => {
    const body = {
      set: true,
      since: '2026-11-25',
      source: 'customer',
      reason: 'The customer wrote: “stop calling me at work”',
      fromMessage: 'hubspot-email:7001',
      idempotencyKey: 'signal:do-not-call:hubspot-email:7001',
    };
    const notesBefore = h.world.objects.notes.size;
    const first = await h.call('PUT', '/api/contacts/506/flags/do-not-call', { body });
    const again = await h.call('PUT', '/api/contacts/506/flags/do-not-call', { body });
    expect(first.status).toBe(200);
    expect(flagWriteReplySchema.parse(again.body).replayed).toBe(true);
    expect(h.world.objects.notes.size).toBe(notesBefore + 1);
    const note = h.world.objects.notes.get(flagWriteReplySchema.parse(first.body).noteId);
    expect(note?.properties.hs_note_body).toContain('Source: hubspot-email:7001.');
    const bad = await h.call('PUT', '/api/contacts/506/flags/do-not-call', {
      body: { ...body, fromMessage: 'hubspot-email:1 <b>', idempotencyKey: 'signal-bad-0001' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: expect.any(String) } });
  });
});

describe('plan and promise writes', () => {
  beforeEach(async () => {
    await h.install();
  });

  it('writes a plan as one note (202) and one task per instalment (204), with the text escaped', async () => {
    const notesBefore = h.world.objects.notes.size;
    const reply = await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0001') });
    expect(reply.status).toBe(200);
    const written = planWriteReplySchema.parse(reply.body);
    expect(written.taskIds).toHaveLength(3);
    expect(written.replayed).toBe(false);
    expect(h.world.objects.notes.size).toBe(notesBefore + 1);
    const note = h.world.objects.notes.get(written.noteId);
    expect(note?.properties.hs_note_body).toContain('&lt;b&gt;Thanks&lt;/b&gt;');
    const links = h.world.associations.get('506');
    expect(links?.get('notes')?.find((l) => l.id === written.noteId)?.typeId).toBe(202);
    expect(
      links
        ?.get('tasks')
        ?.filter((l) => written.taskIds.includes(l.id))
        .map((l) => l.typeId),
    ).toEqual([204, 204, 204]);
    expect(h.world.objects.tasks.get(written.taskIds[0] ?? '')?.properties.hs_task_subject).toBe(
      'Payment 1 of 3: 120.00 USD due 2027-01-05',
    );
  });

  it('returns the first result to a retry and never creates a second note or task', async () => {
    const first = planWriteReplySchema.parse(
      (await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0002') })).body,
    );
    const notes = h.world.objects.notes.size;
    const tasks = h.world.objects.tasks.size;
    const retry = planWriteReplySchema.parse(
      (await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0002') })).body,
    );
    expect(retry).toEqual({ ...first, replayed: true });
    expect(h.world.objects.notes.size).toBe(notes);
    expect(h.world.objects.tasks.size).toBe(tasks);
  });

  it('does not duplicate when the card times out and retries while the first write is still running', async () => {
    let release: () => void = () => {};
    const slowHubSpot = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(
        `${hubspotApiBase}/crm/v3/objects/notes`,
        async () => {
          await slowHubSpot;
          return undefined; // fall through to the mock portal once released
        },
        { once: true },
      ),
    );
    const notes = h.world.objects.notes.size;
    // The card gives up on the first request (its timeout) but the backend keeps working on it.
    const firstAttempt = h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0003') });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const retries = [];
    for (let n = 0; n < 3; n += 1) {
      // Each retry is a new hubspot.fetch request: its own timestamp, so its own signature.
      await new Promise((resolve) => setTimeout(resolve, 5));
      retries.push(h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0003') }));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const replies = await Promise.all([firstAttempt, ...retries]);
    const bodies = replies.map((reply) => planWriteReplySchema.parse(reply.body));
    expect(new Set(bodies.map((b) => b.noteId)).size).toBe(1);
    expect(bodies.filter((b) => !b.replayed)).toHaveLength(1);
    expect(h.world.objects.notes.size).toBe(notes + 1);
  });

  it('resumes a write that failed half way, creating only the missing tasks', async () => {
    server.use(
      http.post(
        `${hubspotApiBase}/crm/v3/objects/tasks/batch/create`,
        () => new HttpResponse('upstream error', { status: 502 }),
        {
          once: true,
        },
      ),
    );
    const notes = h.world.objects.notes.size;
    const tasks = h.world.objects.tasks.size;
    const failed = await h.call('POST', '/api/contacts/506/plans', {
      body: plan('plan-key-0004', 150),
    });
    expect(failed.status).toBe(502);
    expectError(failed, 'hubspot-unavailable');
    const retry = planWriteReplySchema.parse(
      (await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0004', 150) })).body,
    );
    expect(retry.taskIds).toHaveLength(150);
    expect(h.world.objects.notes.size).toBe(notes + 1);
    expect(h.world.objects.tasks.size).toBe(tasks + 150);
  });

  it('refuses a key reused for a different write and amounts finer than the currency', async () => {
    await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0005') });
    expectError(
      await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0005', 4) }),
      'idempotency-key-reused',
    );
    const yen = { ...plan('plan-key-0006'), currency: 'JPY' };
    expectError(await h.call('POST', '/api/contacts/504/plans', { body: yen }), 'bad-request');
  });

  it('records a promise as a note and a task on the promised date', async () => {
    const reply = await h.call('POST', '/api/contacts/502/promises', {
      body: promiseWriteJson('promise-key-0001', {
        amount: { amount: '200', currency: 'EUR' },
        summary: 'Pagará 200,00 € el 1 de diciembre de 2026.',
      }),
    });
    const written = promiseWriteReplySchema.parse(reply.body);
    expect(h.world.objects.tasks.get(written.taskId)?.properties).toMatchObject({
      hs_timestamp: '2026-12-01T12:00:00.000Z',
      hs_task_subject: 'Promised payment due: 200.00 EUR',
    });
  });
});

describe('HubSpot limits and failures', () => {
  beforeEach(async () => {
    await h.install();
  });

  it('retries a 429 after the Retry-After HubSpot asked for', async () => {
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        () =>
          HttpResponse.json(
            { status: 'error', policyName: 'TEN_SECONDLY_ROLLING' },
            { status: 429, headers: { 'Retry-After': '2' } },
          ),
        { once: true },
      ),
    );
    const reply = await h.call('GET', '/api/contacts/503/collections');
    expect(reply.status).toBe(200);
    expect(h.sleeps).toContain(2000);
  });

  it('tells the card when the daily limit is used up, without retrying', async () => {
    let calls = 0;
    server.use(
      http.get(`${hubspotApiBase}/crm/v3/objects/contacts/:id`, () => {
        calls += 1;
        return HttpResponse.json(
          {
            status: 'error',
            message: 'You have reached your daily limit.',
            errorType: 'RATE_LIMIT',
            policyName: 'DAILY',
          },
          { status: 429 },
        );
      }),
    );
    const reply = await h.call('GET', '/api/contacts/503/collections');
    expect(reply.status).toBe(429);
    expectError(reply, 'daily-limit-reached');
    expect(calls).toBe(1);
  });

  it('retries a 5xx on a read and gives up with a retry hint when HubSpot stays down', async () => {
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        () => new HttpResponse(null, { status: 503 }),
        { once: true },
      ),
    );
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        () => new HttpResponse(null, { status: 503 }),
      ),
    );
    h.advance(defaultContactReadTtlMs); // the answer above is no longer served from memory
    const down = await h.call('GET', '/api/contacts/503/collections');
    expect(expectError(down, 'hubspot-unavailable').retryAfterSeconds).toBe(5);
  });

  it.each([
    ['a wrong shape', () => HttpResponse.json({ results: 'none' })],
    [
      'invalid JSON',
      () => new HttpResponse('{"results": [', { headers: { 'content-type': 'application/json' } }),
    ],
    [
      'a record without a timestamp',
      () => HttpResponse.json({ results: [{ id: '1', properties: {} }] }),
    ],
  ])('turns a HubSpot reply with %s into a typed error', async (_name, resolver) => {
    server.use(http.post(`${hubspotApiBase}/crm/v3/objects/:type/batch/read`, resolver));
    const reply = await h.call('GET', '/api/contacts/502/engagements');
    expect(reply.status).toBe(502);
    expectError(reply, 'hubspot-malformed-reply');
  });

  it('refreshes the access token ahead of expiry and when HubSpot says it expired', async () => {
    expect(count(h, 'POST /oauth/v1/token')).toBe(1);
    h.advance(26 * 60 * 1000); // 4 minutes left of 30: inside the refresh margin
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    expect(count(h, 'POST /oauth/v1/token')).toBe(2);
    // HubSpot revokes the current token early: the 401 triggers one refresh and a retry.
    h.world.accessTokens.clear();
    h.advance(defaultContactReadTtlMs); // the answer above is no longer served from memory
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    expect(count(h, 'POST /oauth/v1/token')).toBe(3);
  });
});

describe('settings, uninstall and privacy webhooks', () => {
  beforeEach(async () => {
    await h.install();
  });

  it('stores per-portal settings', async () => {
    const settings = { policy: { minInstalment: '25.00', maxTermMonths: 12 } };
    expect((await h.call('PUT', '/api/settings', { body: { settings } })).status).toBe(200);
    expect((await h.call('GET', '/api/settings')).body).toEqual({ settings });
  });

  const webhook = async (events: unknown[], tamper = false) => {
    const body = JSON.stringify(events);
    const timestamp = String(h.now());
    const { signRequestV3 } = await import('../../apps/hubspot/server/signature');
    const signature = signRequestV3(
      { method: 'POST', url: 'https://tactful.test/webhooks/hubspot', body, timestamp },
      'test-client-secret',
    );
    return h.backend.app.inject({
      method: 'POST',
      url: '/webhooks/hubspot',
      headers: {
        'content-type': 'application/json',
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3': tamper ? 'x' : signature,
      },
      payload: body,
    });
  };

  it('erases what we hold for a deleted contact', async () => {
    await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0010') });
    const before = h.world.objects.notes.size;
    const erased = await webhook([
      {
        subscriptionType: 'contact.privacyDeletion',
        portalId: h.world.portalId,
        objectId: 506,
        eventId: 1,
        appId: 4242,
        occurredAt: h.now(),
      },
    ]);
    expect(erased.statusCode).toBe(204);
    // The key is gone: the same key now starts a fresh write instead of replaying the erased one.
    const again = planWriteReplySchema.parse(
      (await h.call('POST', '/api/contacts/506/plans', { body: plan('plan-key-0010') })).body,
    );
    expect(again.replayed).toBe(false);
    expect(h.world.objects.notes.size).toBe(before + 1);
  });

  it('refuses an unsigned webhook and erases the account on app uninstall', async () => {
    const event = {
      subscriptionType: 'app.uninstall',
      portalId: h.world.portalId,
      appId: 4242,
      eventId: 2,
      occurredAt: h.now(),
    };
    expect((await webhook([event], true)).statusCode).toBe(401);
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeDefined();
    expect((await webhook([event])).statusCode).toBe(204);
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeUndefined();
    expectError(await h.call('GET', '/api/contacts/506/collections'), 'not-installed');
  });
});

describe('logs', () => {
  it('carry ids and codes but no personal data, tokens or query strings', async () => {
    await h.install();
    await h.call('GET', '/api/contacts/501/engagements');
    await h.call('GET', '/api/contacts/502/collections');
    await h.call('GET', '/api/contacts/502/collections', { tamper: 'signature' });
    await h.call('POST', '/api/contacts/502/plans', { body: plan('plan-key-0020') });
    const text = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(5);
    expect(text).toContain('"portalId":242424');
    for (const secret of [
      agentEmail,
      'agent.smith',
      'María',
      'Avery',
      'installer@example.com',
      'mock-access',
      'mock-refresh',
      'userEmail',
      '120.00',
      'Thanks',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
