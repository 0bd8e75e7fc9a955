// The outcomes page's reads in Zendesk (issue 17): plan, promise and payment records and tone days
// listed through the mock account with cursor pages, read once while the page is open.
import { describe, expect, it } from '@jest/globals';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { cachedOutcomeRecords } from '../../apps/zendesk/host/outcome-records';
import { recordToneSend } from '../../apps/zendesk/host/tone-events';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { money } from '../../shared/money/money';
import { outcomesReport } from '../../shared/outcomes';
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
    await recordToneSend(port, retry, testToneSend('save-1'));

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
