// A write cut off at any point (the request lost before the host saw it, or the host did the work and
// the reply was lost on a reset connection) and then retried leaves exactly one record: Zendesk plan
// records (upsert by external id) and HubSpot plan writes through our backend (idempotency key).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import './fuzz/window-shim';
import { getResponse, http, HttpResponse } from 'msw';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import {
  planObjectKey,
  recordAcceptedPlan,
  type AcceptedPlanRecord,
} from '../../apps/zendesk/host/plans';
import { planWriteReplySchema, promiseWriteReplySchema } from '../../apps/hubspot/contract';
import { createHubSpotHandlers, hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld, zendeskApiPattern } from '../../mocks/zendesk';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { money } from '../../shared/money/money';
import { promisesFromPlan, suggestPlans, type PlanOption } from '../../shared/plans';
import { planWriteJson, promiseWriteJson } from '../../shared/testing/factories';
import { startHarness, type Harness } from '../server/harness';

type Cut = 'request-lost' | 'reply-lost';
const cuts: Cut[] = ['request-lost', 'reply-lost'];

/** A three-payment monthly plan for $300.00, as the agent would accept it. */
function threeMonthlyPayments(): PlanOption {
  const usd = (minor: number) => money(minor, 'USD');
  const suggested = suggestPlans({
    balance: usd(30000),
    today: '2026-11-25',
    locale: 'en-US',
    policy: {
      minInstalment: usd(2500),
      maxTermMonths: 12,
      frequencies: ['monthly'],
      maxSettlementDiscountPercent: 0,
      firstPaymentWithinDays: 14,
      feesWaivable: false,
      rollWeekends: false,
    },
    capacity: { kind: 'per-period', amount: usd(10000), per: 'monthly' },
  });
  if (!suggested.ok) throw new Error(suggested.error.message);
  const option = suggested.value.options.find(
    (candidate) => candidate.id === 'instalments-monthly',
  );
  if (!option) throw new Error('no monthly option');
  return option;
}

describe('Zendesk: plan records written through the ZAF proxy', () => {
  const option = threeMonthlyPayments();
  const writes = option.instalments.length + 1; // one record per promise, then the plan record
  const input: AcceptedPlanRecord = {
    ticketId: 1,
    customerId: 9001,
    option,
    accepted: promisesFromPlan(option, {
      customerRef: 'zendesk-user-9001',
      channel: 'zendesk',
      recordedBy: '100',
    }),
    acceptedOn: '2026-11-25',
  };
  const recordsUrl = `${zendeskApiPattern}/custom_objects/:key/records.json`;

  /**
   * A Zendesk account whose n-th record write (from 1) is cut as `cutAt(n)` says: lost before the
   * account sees it, or made with its reply lost; undefined lets it through.
   */
  function accountCuttingWrites(cutAt: (write: number) => Cut | undefined) {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    let seen = 0;
    server.use(
      http.patch(recordsUrl, async ({ request }) => {
        seen += 1;
        const cut = cutAt(seen);
        if (cut === undefined) return undefined;
        if (cut === 'reply-lost') await getResponse(createZendeskHandlers(world), request);
        return HttpResponse.error();
      }),
    );
    return world;
  }

  const cases = cuts.flatMap((cut) =>
    Array.from({ length: writes }, (_, index) => [cut, index + 1] as const),
  );

  it.each(cases)(
    '%s at write %i, then retried: exactly one record per external id',
    async (cut, at) => {
      const world = accountCuttingWrites((write) => (write === at ? cut : undefined));
      const http1 = createZafHttpPort(createFakeZafClient());
      // One attempt, so the interruption reaches the agent; then the agent accepts again.
      const once = { sleep: async () => undefined, maxAttempts: 1 };
      const first = await recordAcceptedPlan(http1, once, input);
      expect(first.ok).toBe(false);
      const again = await recordAcceptedPlan(http1, once, input);
      expect(again).toEqual({ ok: true, value: undefined });

      const ids = (world.customObjectRecords.get(planObjectKey) ?? []).map((r) => r.external_id);
      expect(ids).toHaveLength(writes);
      expect(new Set(ids).size).toBe(writes);
    },
  );

  it('retries on its own within bounds after a reset connection, with no duplicate', async () => {
    // Every other write is made but its reply lost on a reset connection.
    const world = accountCuttingWrites((write) => (write % 2 === 0 ? undefined : 'reply-lost'));
    const sleeps: number[] = [];
    const result = await recordAcceptedPlan(
      createZafHttpPort(createFakeZafClient()),
      { sleep: async (ms) => void sleeps.push(ms) },
      input,
    );
    expect(result.ok).toBe(true);
    expect(sleeps).toHaveLength(writes);
    const ids = (world.customObjectRecords.get(planObjectKey) ?? []).map((r) => r.external_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(writes);
  });
});

describe('HubSpot: plan writes through our backend', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    expect((await h.install()).status).toBe(200);
  });
  afterEach(() => h.close());

  const body = planWriteJson;

  /** Fails the `at`-th HubSpot write (POST/PUT/PATCH/DELETE) the way `cut` says; counts writes. */
  function interruptHubSpotWrite(cut: Cut, at: number): () => number {
    let seen = 0;
    server.use(
      http.all(`${hubspotApiBase}/*`, async ({ request }) => {
        if (request.method === 'GET') return undefined;
        seen += 1;
        if (seen !== at) return undefined;
        if (cut === 'reply-lost') await getResponse(createHubSpotHandlers(h.world), request);
        return HttpResponse.error();
      }),
    );
    return () => seen;
  }

  // A plan is two HubSpot writes: the note (with its association) and one batch of tasks.
  const hubspotWritesPerPlan = 2;
  const positions = Array.from({ length: hubspotWritesPerPlan }, (_, index) => index + 1);

  it('a clean write is the two HubSpot writes the cases below interrupt', async () => {
    const writes = interruptHubSpotWrite('request-lost', Number.POSITIVE_INFINITY);
    const reply = await h.call('POST', '/api/contacts/506/plans', {
      body: body('clean-write-0001'),
    });
    expect(reply.status).toBe(200);
    expect(writes()).toBe(hubspotWritesPerPlan);
  });

  /**
   * Cuts HubSpot write `at` as `cut` under a POST to `path`, which fails; the same request again
   * succeeds, having written `written` notes and tasks in all. Returns the retry's reply body.
   */
  async function cutThenRetried(
    cut: Cut,
    at: number,
    path: string,
    sent: unknown,
    written: { notes: number; tasks: number },
  ): Promise<unknown> {
    const notes = h.world.objects.notes.size;
    const tasks = h.world.objects.tasks.size;
    interruptHubSpotWrite(cut, at);
    const first = await h.call('POST', path, { body: sent });
    expect(first.status).toBeGreaterThanOrEqual(400);
    const retry = await h.call('POST', path, { body: sent });
    expect(retry.status).toBe(200);
    expect(h.world.objects.notes.size - notes).toBe(written.notes);
    expect(h.world.objects.tasks.size - tasks).toBe(written.tasks);
    return retry.body;
  }

  async function interruptedThenRetried(cut: Cut, at: number): Promise<void> {
    const sent = body(`interrupted-${cut}-${at}`);
    const reply = await cutThenRetried(cut, at, '/api/contacts/506/plans', sent, {
      notes: 1,
      tasks: 3,
    });
    expect(planWriteReplySchema.parse(reply).taskIds).toHaveLength(3);
  }

  it.each(positions)(
    'request lost at HubSpot write %i, then retried by the card: one note, three tasks',
    (at) => interruptedThenRetried('request-lost', at),
  );

  // HubSpot created the note or the tasks but the reply was lost on a reset connection: the retry
  // finds them by the reference written into their bodies instead of creating them again.
  it.each(positions)(
    'reply lost at HubSpot write %i, then retried by the card: one note, three tasks',
    (at) => interruptedThenRetried('reply-lost', at),
  );

  // A promise is two HubSpot writes too: its note and its task.
  const promise = promiseWriteJson;

  it.each(
    positions.flatMap((at) =>
      (['request-lost', 'reply-lost'] as const).map((cut): [Cut, number] => [cut, at]),
    ),
  )('promise: %s at HubSpot write %i, then retried: one note, one task', async (cut, at) => {
    const sent = promise(`promise-${cut}-${at}`);
    const reply = await cutThenRetried(cut, at, '/api/contacts/506/promises', sent, {
      notes: 1,
      tasks: 1,
    });
    promiseWriteReplySchema.parse(reply);
  });

  it('flag: the note whose reply was lost is found again, not written twice', async () => {
    const body = {
      idempotencyKey: 'flag-reply-lost-1',
      set: true,
      since: '2026-11-25',
      source: 'customer',
      reason: 'Asked us to stop calling.',
    };
    const notes = h.world.objects.notes.size;
    // The flag's writes are the contact update, then the note: lose the note's reply.
    interruptHubSpotWrite('reply-lost', 2);
    const first = await h.call('PUT', '/api/contacts/506/flags/do-not-call', { body });
    expect(first.status).toBeGreaterThanOrEqual(400);
    const retry = await h.call('PUT', '/api/contacts/506/flags/do-not-call', { body });
    expect(retry.status).toBe(200);
    expect(h.world.objects.notes.size - notes).toBe(1);
  });
});
