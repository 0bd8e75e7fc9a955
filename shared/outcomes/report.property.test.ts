/**
 * Property tests: whatever the promises, payments and filters, every week's and the total's counts
 * add up (kept + partly kept + broken + open = made), every rate is in [0, 1] or absent, and money
 * is only ever summed within one currency (checked against an independent sum per currency).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareDates } from '../calendar/calendar';
import {
  arbitraryFilters,
  arbitraryPayment,
  arbitraryPromise,
  outcomeDay,
  plansOf,
} from '../testing/outcome-arbitraries';
import { outcomesToday } from '../testing/outcome-records';
import { outcomesReport } from './report';
import type { PromiseRecord, ToneDayRecord } from './records';
import { outcomesView } from './view';

const today = outcomesToday;
const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD');
const customers = ['c1', 'c2', 'c3'];
const promise = arbitraryPromise(customers, currency, { maxMinor: 1_000_000 });
const payment = arbitraryPayment(customers, currency, 1_000_000);
const filters = arbitraryFilters(currency);
const toneDay = fc
  .record({
    agent: fc.constantFrom('a1', 'a2'),
    date: outcomeDay,
    draftsChecked: fc.nat(50),
    sends: fc.nat(20),
    ok: fc.nat(20),
    threat: fc.nat(5),
  })
  .map((t): ToneDayRecord => ({
    agent: t.agent,
    date: t.date,
    draftsChecked: t.draftsChecked,
    sends: t.sends,
    okFirstTime: Math.min(t.ok, t.sends),
    blocksCaught: 0,
    sentOverWarning: 0,
    suggestionsApplied: 0,
    categories: { threat: t.threat },
  }));

const inRate = (value: number | undefined) => value === undefined || (value >= 0 && value <= 1);

describe('outcomes report (properties)', () => {
  it('adds up, keeps rates in [0, 1] and never sums two currencies', () => {
    fc.assert(
      fc.property(
        fc.array(promise, { maxLength: 40 }),
        fc.array(payment, { maxLength: 30 }),
        fc.array(toneDay, { maxLength: 20 }),
        filters,
        (rawPromises, payments, toneDays, chosen) => {
          const promises: PromiseRecord[] = rawPromises.map((p, i) => ({ ...p, id: `p${i}` }));
          const plans = plansOf(
            promises,
            (planKey) => promises.filter((p) => p.planKey === planKey).length,
          );
          const report = outcomesReport(
            { promises, payments, plans, firstContacts: [], toneDays, guardDays: [] },
            { today, filters: chosen },
          );
          for (const counts of [...report.promises.weeks, report.promises.total]) {
            expect(counts.kept + counts.partlyKept + counts.broken + counts.open).toBe(counts.made);
            expect(inRate(counts.keptRate)).toBe(true);
          }
          expect(report.promises.weeks.reduce((sum, week) => sum + week.made, 0)).toBe(
            report.promises.total.made,
          );
          // Independent per-currency sums of the promises the filters count.
          const { from, to } = report.range;
          for (const total of report.promises.amountTotals) {
            const expected = promises
              .filter(
                (p) =>
                  p.cancelled !== true &&
                  p.amount.currency === total.currency &&
                  (chosen.agent === undefined || p.agent === chosen.agent) &&
                  (chosen.team === undefined || p.team === chosen.team) &&
                  compareDates(p.due, from) >= 0 &&
                  compareDates(p.due, to) <= 0,
              )
              .reduce((sum, p) => sum + p.amount.minor, 0n);
            expect(total.promised).toEqual({ minor: expected, currency: total.currency });
            expect(total.received.currency).toBe(total.currency);
            expect(total.received.minor <= total.promised.minor).toBe(true);
            if (chosen.currency !== undefined) expect(total.currency).toBe(chosen.currency);
          }
          for (const row of report.promises.amounts) {
            expect(row.promised.currency).toBe(row.currency);
            expect(row.received.currency).toBe(row.currency);
          }
          const planFigures = report.plans;
          expect(Object.values(planFigures.byStatus).reduce((a, b) => a + b, 0)).toBe(
            planFigures.started,
          );
          for (const completion of [
            ...Object.values(planFigures.byLength),
            ...Object.values(planFigures.byFirstPayment),
          ]) {
            expect(inRate(completion.completionRate)).toBe(true);
          }
          expect(inRate(planFigures.completionRate)).toBe(true);
          for (const figures of [
            report.tone.total,
            ...report.tone.byAgent,
            ...report.tone.byWeek,
          ]) {
            expect(inRate(figures.okFirstTimeShare)).toBe(true);
          }
          // Every rate a host shows comes out of the view in range too.
          const view = outcomesView(report, { agent: 'a1', seesEveryAgent: false });
          for (const table of view.tables) {
            for (const row of table.rows) {
              expect(row.cells).toHaveLength(table.columns.length);
              for (const cell of row.cells)
                if (cell.kind === 'rate') expect(inRate(cell.value)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
