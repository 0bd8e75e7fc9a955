// The outcomes page's reads in Zendesk (issue 17): plan, promise and payment records and tone days
// listed through the mock account with cursor pages, read once while the page is open.
import { describe, expect, it } from '@jest/globals';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { cachedOutcomeRecords } from '../../apps/zendesk/host/outcome-records';
import { recordDayEvent } from '../../apps/zendesk/host/tone-events';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { seedOutcomeHistory, seedToneHistory } from '../../mocks/zendesk/outcome-history';
import { money } from '../../shared/money/money';
import { outcomesReport, type OutcomeFilters } from '../../shared/outcomes';
import {
  testToneSend,
  zendeskPlanRecord as planRecord,
} from '../../shared/testing/outcome-records';

const retry = { sleep: async () => undefined };

describe('reading outcome records in Zendesk', () => {
  it('lists every record across cursor pages, once while the page is open', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    const common = { customer_id: '42', recorded_by: '7', currency: 'EUR', cancelled: false };
    const records = [
      planRecord(1, {
        ...common,
        record_type: 'plan',
        plan_key: 'k1',
        due_date: '2026-11-02',
        accepted_on: '2026-10-20',
        count: 150,
        amount: '7500.00',
      }),
      // 150 promises of 50 EUR, one a week from 2 November: two pages of records.
      ...Array.from({ length: 150 }, (_, n) =>
        planRecord(n + 2, {
          ...common,
          record_type: 'promise',
          plan_key: 'k1',
          amount: '50.00',
          due_date: n === 0 ? '2026-11-02' : '2026-11-09',
        }),
      ),
      planRecord(500, {
        ...common,
        record_type: 'payment',
        amount: '50.00',
        due_date: '2026-11-02',
      }),
    ];
    world.customObjectRecords.set('tactful_plan_record', records);
    const port = createFetchHttpPort({ baseUrl: 'https://acme.zendesk.com' });
    await recordDayEvent(port, retry, testToneSend('save-1'));

    const read = cachedOutcomeRecords(port, retry);
    const first = await read();
    const pagesRead = world.requests.filter((request) =>
      request.startsWith('GET /api/v2/custom_objects'),
    ).length;
    expect(await read()).toBe(first);
    expect(
      world.requests.filter((request) => request.startsWith('GET /api/v2/custom_objects')).length,
    ).toBe(pagesRead);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.promises).toHaveLength(150);
    expect(first.value.promises[0]).toMatchObject({
      planKey: 'k1',
      madeOn: '2026-10-20',
      agent: '7',
    });
    expect(first.value.toneDays).toEqual([expect.objectContaining({ agent: '7', sends: 1 })]);

    const report = outcomesReport(first.value, { today: '2026-11-25' });
    expect(report.promises.amountTotals).toEqual([
      { currency: 'EUR', promised: money(750_000, 'EUR'), received: money(5_000, 'EUR') },
    ]);
    expect(report.plans.byStatus.broken).toBe(1);
  });

  it('narrows promises, plans and tone days by brand and team; older records count under all', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    const today = '2026-11-25';
    seedOutcomeHistory(world, today);
    seedToneHistory(world, today);
    // A plan written before the sidebar recorded brand and group: no brand_id, no group_id.
    const old = { customer_id: '99', recorded_by: '10', currency: 'USD', cancelled: false };
    world.customObjectRecords.get('tactful_plan_record')?.push(
      planRecord(1, {
        ...old,
        record_type: 'plan',
        plan_key: 'old',
        due_date: '2026-11-02',
        accepted_on: '2026-10-30',
        count: 1,
        amount: '20.00',
      }),
      planRecord(2, {
        ...old,
        record_type: 'promise',
        plan_key: 'old',
        amount: '20.00',
        due_date: '2026-11-02',
      }),
    );
    const read = await cachedOutcomeRecords(
      createFetchHttpPort({ baseUrl: 'https://acme.zendesk.com' }),
      retry,
    )();
    if (!read.ok) throw new Error(read.error.message);
    const report = (filters: OutcomeFilters) => outcomesReport(read.value, { today, filters });
    const all = report({});
    const [seven, eight, nine] = ['7', '8', '9'].map((agent) => report({ agent }));
    if (!seven || !eight || !nine) throw new Error('no agent reports');

    // Brand 360002 is agent 8's tickets; group 20002 is agent 9's; group 20001 agents 7 and 8.
    const cards = report({ brandOrOwner: '360002' });
    expect(cards.promises.total).toEqual(eight.promises.total);
    expect(cards.promises.total.made).toBeGreaterThan(0);
    expect(cards.plans.started).toBe(eight.plans.started);
    expect(cards.tone.total).toEqual(eight.tone.total);
    const recoveries = report({ team: '20002' });
    expect(recoveries.promises.total).toEqual(nine.promises.total);
    expect(recoveries.plans.byStatus).toEqual(nine.plans.byStatus);
    expect(recoveries.tone.total.sends).toBe(nine.tone.total.sends);
    expect(report({ team: '20001' }).plans.started).toBe(seven.plans.started + eight.plans.started);
    expect(all.tone.byTeam.map((row) => row.team).sort()).toEqual(['20001', '20002']);
    // The old plan and its promise count under "all" only.
    expect(all.plans.started).toBe(
      seven.plans.started + eight.plans.started + nine.plans.started + 1,
    );
    expect(all.promises.total.made).toBe(
      seven.promises.total.made + eight.promises.total.made + nine.promises.total.made + 1,
    );
    expect(report({ brandOrOwner: '360001' }).plans.started).toBe(
      seven.plans.started + nine.plans.started,
    );
  });

  it('names a record it cannot read rather than guessing', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    world.customObjectRecords.set('tactful_plan_record', [
      planRecord(1, {
        record_type: 'promise',
        customer_id: '42',
        amount: '1.005',
        currency: 'USD',
        due_date: '2026-11-02',
      }),
    ]);
    const read = cachedOutcomeRecords(
      createFetchHttpPort({ baseUrl: 'https://acme.zendesk.com' }),
      retry,
    );
    expect(await read()).toMatchObject({
      ok: false,
      error: {
        code: 'malformed-reply',
        message: 'Plan record 1: USD amounts have at most 2 decimal places',
      },
    });
  });
});
