// Token refresh against a misbehaving HubSpot token endpoint: a hung endpoint, rate limiting, a
// revoked refresh token, and an uninstall that lands while a refresh is in flight.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { delay, http, HttpResponse } from 'msw';
import { apiErrorReplySchema, type ApiErrorCode } from '../../apps/hubspot/contract';
import { hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { postWebhook, startHarness, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  // A short request budget so a hung HubSpot shows up as a refused request, not a stuck test.
  h = await startHarness({ requestBudgetMs: 400 });
  expect((await h.install()).status).toBe(200);
  // 4 minutes left of the 30-minute access token: every card request now needs a refresh.
  h.advance(26 * 60 * 1000);
});
afterEach(async () => {
  await h.close();
});

const tokenCalls = () => h.world.requests.filter((r) => r === 'POST /oauth/v1/token').length;

function errorOf(reply: { status: number; body: unknown }, code: ApiErrorCode) {
  const parsed = apiErrorReplySchema.parse(reply.body);
  expect(parsed.error.code).toBe(code);
  return { status: reply.status, ...parsed.error };
}

describe('refreshing the access token', () => {
  it('answers within the request deadline when the token endpoint hangs', async () => {
    server.use(
      http.post(`${hubspotApiBase}/oauth/v1/token`, async () => {
        await delay('infinite');
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const reply = await h.call('GET', '/api/contacts/503/collections');
    expect(reply.status).toBe(502);
    expect(errorOf(reply, 'hubspot-unavailable').retryAfterSeconds).toBeGreaterThan(0);
  });

  it('treats a 429 from the token endpoint as rate limiting and waits as long as HubSpot asked', async () => {
    let calls = 0;
    server.use(
      http.post(`${hubspotApiBase}/oauth/v1/token`, () => {
        calls += 1;
        return HttpResponse.json(
          { status: 'error', message: 'Too many requests' },
          { status: 429, headers: { 'Retry-After': '7' } },
        );
      }),
    );
    const first = await h.call('GET', '/api/contacts/503/collections');
    expect(first.status).toBe(429);
    expect(errorOf(first, 'rate-limited').retryAfterSeconds).toBe(7);
    expect(calls).toBe(1);
    // Within the Retry-After, the next card request does not knock on HubSpot's door again.
    h.advance(3000);
    const second = await h.call('GET', '/api/contacts/503/collections');
    expect(errorOf(second, 'rate-limited').retryAfterSeconds).toBe(4);
    expect(calls).toBe(1);
    // Once it has passed, the refresh is tried again (and HubSpot has recovered).
    server.resetHandlers();
    const { createHubSpotHandlers } = await import('../../mocks/hubspot');
    server.use(...createHubSpotHandlers(h.world));
    h.advance(5000);
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  });

  it('marks the installation broken on a revoked refresh token and never asks HubSpot again until a reinstall', async () => {
    h.world.refreshTokens.clear(); // HubSpot answers 400 BAD_REFRESH_TOKEN from now on
    const calls = tokenCalls();
    const first = await h.call('GET', '/api/contacts/503/collections');
    expect(first.status).toBe(403);
    errorOf(first, 'reinstall-needed');
    expect(tokenCalls()).toBe(calls + 1);

    for (const path of ['/api/contacts/503/collections', '/api/contacts/501/engagements']) {
      errorOf(await h.call('GET', path), 'reinstall-needed');
    }
    h.advance(60 * 60 * 1000);
    errorOf(await h.call('GET', '/api/contacts/503/collections'), 'reinstall-needed');
    expect(tokenCalls()).toBe(calls + 1);

    // A new install replaces the broken row and the card works again.
    expect((await h.install()).status).toBe(200);
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  });

  it("erases the portal's tokens, settings and idempotency keys once HubSpot refuses its refresh token", async () => {
    // HubSpot sends an app nothing on uninstall (no such event in the 2025.2 webhooks component,
    // https://developers.hubspot.com/docs/apps/developer-platform/add-features/configure-webhooks);
    // the refused refresh token is the first sign, so that is when we erase.
    const store = h.backend.store;
    await store.saveSettings(h.world.portalId, '{"outreach":{"companyName":"Acme"}}', h.now());
    await store.claimIdempotencyKey({
      portalId: h.world.portalId,
      key: 'plan-1',
      requestHash: 'h',
      contactId: '503',
      now: h.now(),
      expiresAt: h.now() + 86_400_000,
      staleAfterMs: 120_000,
    });
    h.world.refreshTokens.clear(); // uninstalled: HubSpot answers 400 BAD_REFRESH_TOKEN
    errorOf(await h.call('GET', '/api/contacts/503/collections'), 'reinstall-needed');

    const left = await store.getInstallation(h.world.portalId);
    expect(left?.brokenAt).toBeDefined();
    expect([left?.sealedRefreshToken, left?.sealedAccessToken, left?.scopes]).toEqual(['', '', '']);
    expect(await store.getSettings(h.world.portalId)).toBeUndefined();
    expect(await store.deleteContactData(h.world.portalId, '503')).toBe(0);
    // What is left still tells the card (and the settings page) to reinstall.
    errorOf(await h.call('GET', '/api/contacts/503/engagements'), 'reinstall-needed');
  });

  it('recognises the OAuth 2.0 invalid_grant body too', async () => {
    server.use(
      http.post(`${hubspotApiBase}/oauth/v1/token`, () =>
        HttpResponse.json(
          { error: 'invalid_grant', error_description: 'refresh token revoked' },
          { status: 400 },
        ),
      ),
    );
    errorOf(await h.call('GET', '/api/contacts/503/collections'), 'reinstall-needed');
    const calls = tokenCalls();
    errorOf(await h.call('GET', '/api/contacts/503/collections'), 'reinstall-needed');
    expect(tokenCalls()).toBe(calls);
  });

  it('does not ask for a reinstall when HubSpot refuses for another reason', async () => {
    server.use(
      http.post(
        `${hubspotApiBase}/oauth/v1/token`,
        () =>
          HttpResponse.json(
            { status: 'BAD_CLIENT_ID', message: 'missing or unknown client id' },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const refused = await h.call('GET', '/api/contacts/503/collections');
    expect(apiErrorReplySchema.parse(refused.body).error.code).not.toBe('reinstall-needed');
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  });
});

describe('a refresh racing an uninstall', () => {
  it('never brings back the tokens of an installation erased while the refresh was in flight', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached: () => void = () => {};
    const atTokenEndpoint = new Promise<void>((resolve) => {
      reached = resolve;
    });
    server.use(
      http.post(
        `${hubspotApiBase}/oauth/v1/token`,
        async () => {
          reached();
          await held;
          return undefined; // then the mock portal refreshes as usual
        },
        { once: true },
      ),
    );
    // A refresh with time to spare (a card request's own 10 s budget), held at HubSpot.
    const slow = h.backend.installations.accessToken(h.world.portalId, false, h.now() + 10_000);
    await atTokenEndpoint;
    const uninstall = await webhook(h, [
      {
        subscriptionType: 'app.uninstall',
        portalId: h.world.portalId,
        appId: 4242,
        eventId: 1,
        occurredAt: h.now(),
      },
    ]);
    expect(uninstall).toBe(204);
    release();
    await slow;
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeUndefined();
    errorOf(await h.call('GET', '/api/contacts/503/collections'), 'not-installed');
  });
});

async function webhook(harness: Harness, events: unknown[]): Promise<number> {
  return (await postWebhook(harness, events)).status;
}
