/**
 * The report's fast aggregation (typed arrays by integer id, one pass) against a straightforward
 * reference written here with maps, sets and an object per record: on random promises, payments,
 * plans, first contacts, tone days and filters, both give the same promise, plan and tone figures.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, type PlainDate } from '../calendar/calendar';
import * as arbitrary from '../testing/outcome-arbitraries';
import { matchPromises, type PromiseState } from '../plans/promises';
import { toneCategories, type ToneCategory } from '../tone/types';
import { inRange, inScope, type OutcomeFilters } from './filters';
import { dayNumber, median, rate } from './figures';
import { lengthBucket, planStatusOf, type PlanStatus } from './plan-outcomes';
import type {
  FirstContactRecord,
  OutcomeRecords,
  PaymentRecord,
  PlanRecord,
  PromiseRecord,
  ToneDayRecord,
} from './records';
import { outcomesReport } from './report';
import { isoWeekOf } from './weeks';

const today: PlainDate = '2026-11-25';
const day = arbitrary.outcomeDay;
const currency = fc.constantFrom('USD', 'EUR', 'JPY');

/** The week label of `date` when it is within the range, else undefined. */
function weekLabel(date: PlainDate, range: { from: PlainDate; to: PlainDate }): string | undefined {
  return inRange(date, range) ? isoWeekOf(date).label : undefined;
}

/** Each promise's state and matched minor units, judged per customer and currency. */
function referenceJudge(
  promises: readonly PromiseRecord[],
  payments: readonly PaymentRecord[],
): Map<PromiseRecord, { state: PromiseState; paid: bigint }> {
  const groups = new Map<string, { promises: PromiseRecord[]; payments: PaymentRecord[] }>();
  for (const promise of promises) {
    const key = JSON.stringify([promise.customerRef, promise.amount.currency]);
    const group = groups.get(key) ?? { promises: [], payments: [] };
    group.promises.push(promise);
    groups.set(key, group);
  }
  for (const payment of payments) {
    groups
      .get(JSON.stringify([payment.customerRef, payment.amount.currency]))
      ?.payments.push(payment);
  }
  const judged = new Map<PromiseRecord, { state: PromiseState; paid: bigint }>();
  for (const group of groups.values()) {
    const match = matchPromises(group.promises, group.payments, today);
    group.promises.forEach((promise, index) => {
      judged.set(promise, {
        state: match.states[index] ?? 'pending',
        paid: match.paid[index] ?? 0n,
      });
    });
  }
  return judged;
}

function referenceReport(records: OutcomeRecords, filters: OutcomeFilters) {
  const { range, weeks } = outcomesReport(
    { ...records, promises: [], plans: [], toneDays: [] },
    { today, filters },
  );
  const judged = referenceJudge(records.promises, records.payments);
  const counted = (promise: PromiseRecord) =>
    inScope(promise, filters) &&
    (filters.currency === undefined || promise.amount.currency === filters.currency);

  // Promises by the week they fall due.
  const promiseWeeks = weeks.map((week) => {
    const states: PromiseState[] = [];
    const customers = new Set<string>();
    for (const promise of records.promises) {
      if (!counted(promise) || weekLabel(promise.due, range) !== week.label) continue;
      states.push(judged.get(promise)?.state ?? 'pending');
      customers.add(promise.customerRef);
    }
    return { week, states, customerRefs: [...customers].sort() };
  });
  const countsOf = (states: PromiseState[]) => {
    const of = (state: PromiseState) => states.filter((s) => s === state).length;
    return {
      made: states.length - of('cancelled'),
      kept: of('kept'),
      partlyKept: of('partly-kept'),
      broken: of('broken'),
      open: of('pending'),
      cancelled: of('cancelled'),
      keptRate: rate(of('kept'), of('kept') + of('partly-kept') + of('broken')),
    };
  };
  const amounts = weeks.flatMap((week) => {
    const inWeek = records.promises.filter(
      (promise) =>
        counted(promise) &&
        weekLabel(promise.due, range) === week.label &&
        judged.get(promise)?.state !== 'cancelled',
    );
    return [...new Set(inWeek.map((promise) => promise.amount.currency))].sort().map((code) => {
      const ofCurrency = inWeek.filter((promise) => promise.amount.currency === code);
      const promised = ofCurrency.reduce((sum, promise) => sum + promise.amount.minor, 0n);
      const received = ofCurrency.reduce((sum, p) => sum + (judged.get(p)?.paid ?? 0n), 0n);
      return {
        week: week.label,
        currency: code,
        promised: { minor: promised, currency: code },
        received: { minor: received, currency: code },
      };
    });
  });
  const amountTotals = [...new Set(amounts.map((row) => row.currency))]
    .sort((a, b) => a.localeCompare(b))
    .map((code) => {
      const rows = amounts.filter((row) => row.currency === code);
      return {
        currency: code,
        promised: {
          minor: rows.reduce((sum, row) => sum + row.promised.minor, 0n),
          currency: code,
        },
        received: {
          minor: rows.reduce((sum, row) => sum + row.received.minor, 0n),
          currency: code,
        },
      };
    });
  const firstPromise = new Map<string, PlainDate>();
  for (const promise of records.promises) {
    if (promise.cancelled === true || !counted(promise)) continue;
    const earlier = firstPromise.get(promise.customerRef);
    if (earlier === undefined || promise.madeOn < earlier)
      firstPromise.set(promise.customerRef, promise.madeOn);
  }
  const gaps = [...firstPromise].flatMap(([customerRef, promisedOn]) => {
    const contacts = records.firstContacts.filter((c) => c.customerRef === customerRef);
    const contactedOn = contacts.map((c) => c.on).sort()[0];
    if (contactedOn === undefined || !inRange(promisedOn, range)) return [];
    const gap = dayNumber(promisedOn) - dayNumber(contactedOn);
    return gap >= 0 ? [gap] : [];
  });

  // Plans accepted in the range, their promises in due order.
  const plans = records.plans.filter(
    (plan) =>
      plan.cancelled !== true &&
      inScope(plan, filters) &&
      (filters.currency === undefined || plan.currency === filters.currency) &&
      inRange(plan.acceptedOn, range),
  );
  const statusOf = (plan: PlanRecord): PlanStatus =>
    planStatusOf(
      records.promises
        .filter((promise) => promise.planKey === plan.planKey)
        .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id.localeCompare(b.id)))
        .map((promise) => judged.get(promise)?.state ?? 'pending'),
    );
  const completion = (chosen: PlanRecord[]) => {
    const statuses = chosen.map(statusOf);
    const completed = statuses.filter((s) => s === 'completed').length;
    const broken = statuses.filter((s) => s === 'broken').length;
    return {
      started: chosen.length,
      completed,
      broken,
      completionRate: rate(completed, completed + broken),
    };
  };
  const withStatus = (status: PlanStatus) => plans.filter((plan) => statusOf(plan) === status);

  // Tone per week, agent and team.
  const toneDays = records.toneDays.filter(
    (toneDay) => inScope(toneDay, filters) && weekLabel(toneDay.date, range) !== undefined,
  );
  const toneFigures = (days: ToneDayRecord[]) => {
    const sum = (of: (toneDay: ToneDayRecord) => number) =>
      days.reduce((total, toneDay) => total + of(toneDay), 0);
    const sends = sum((d) => d.sends);
    const okFirstTime = sum((d) => d.okFirstTime);
    return {
      draftsChecked: sum((d) => d.draftsChecked),
      sends,
      okFirstTime,
      okFirstTimeShare: rate(okFirstTime, sends),
      blocksCaught: sum((d) => d.blocksCaught),
      sentOverWarning: sum((d) => d.sentOverWarning),
      suggestionsApplied: sum((d) => d.suggestionsApplied),
      topCategories: toneCategories
        .filter((category) => category !== 'positive')
        .map((category: ToneCategory) => ({
          category,
          count: sum((d) => Math.max(0, d.categories[category] ?? 0)),
        }))
        .filter((entry) => entry.count > 0)
        .sort((a, b) => b.count - a.count)
        .slice(0, 3),
    };
  };
  const names = (of: (toneDay: ToneDayRecord) => string | undefined) =>
    [...new Set(toneDays.flatMap((toneDay) => of(toneDay) ?? []))].sort((a, b) =>
      a.localeCompare(b),
    );

  return {
    promises: {
      weeks: promiseWeeks.map(({ week, states, customerRefs }) => ({
        week: week.label,
        monday: week.monday,
        ...countsOf(states),
        customerRefs,
      })),
      total: countsOf(promiseWeeks.flatMap((week) => week.states)),
      amounts,
      amountTotals,
      medianDaysToFirstPromise: median(gaps),
    },
    plans: {
      started: plans.length,
      byStatus: {
        'on-track': withStatus('on-track').length,
        'at-risk': withStatus('at-risk').length,
        completed: withStatus('completed').length,
        broken: withStatus('broken').length,
      },
      completionRate: completion(plans).completionRate,
      byLength: {
        'up-to-3': completion(plans.filter((p) => lengthBucket(p.count) === 'up-to-3')),
        '4-to-6': completion(plans.filter((p) => lengthBucket(p.count) === '4-to-6')),
        '7-to-12': completion(plans.filter((p) => lengthBucket(p.count) === '7-to-12')),
        'over-12': completion(plans.filter((p) => lengthBucket(p.count) === 'over-12')),
      },
      byFirstPayment: {
        'at-once': completion(plans.filter((p) => p.firstDue <= p.acceptedOn)),
        later: completion(plans.filter((p) => p.firstDue > p.acceptedOn)),
      },
      customerRefsByStatus: {
        'on-track': [...new Set(withStatus('on-track').map((p) => p.customerRef))].sort(),
        'at-risk': [...new Set(withStatus('at-risk').map((p) => p.customerRef))].sort(),
        completed: [...new Set(withStatus('completed').map((p) => p.customerRef))].sort(),
        broken: [...new Set(withStatus('broken').map((p) => p.customerRef))].sort(),
      },
    },
    tone: {
      total: toneFigures(toneDays),
      byAgent: names((d) => d.agent).map((agent) => ({
        agent,
        ...toneFigures(toneDays.filter((d) => d.agent === agent)),
      })),
      byTeam: names((d) => d.team).map((team) => ({
        team,
        ...toneFigures(toneDays.filter((d) => d.team === team)),
        agents: names((d) => (d.team === team ? d.agent : undefined)),
      })),
      byWeek: weeks.map((week) => {
        const inWeek = (d: ToneDayRecord) => weekLabel(d.date, range) === week.label;
        return {
          week: week.label,
          monday: week.monday,
          ...toneFigures(toneDays.filter(inWeek)),
          agents: names((d) => (inWeek(d) ? d.agent : undefined)),
        };
      }),
    },
  };
}

const records = fc
  .record({
    promises: fc.array(
      fc.tuple(
        arbitrary.arbitraryPromise(['c1', 'c2', 'c3', 'c4'], currency, {
          maxMinor: 100_000,
          plansMixCurrencies: true,
        }),
        fc.constantFrom('p1', 'p2', 'p3'),
      ),
      { maxLength: 40 },
    ),
    payments: fc.array(arbitrary.arbitraryPayment(['c1', 'c2', 'c3', 'c5'], currency, 100_000), {
      maxLength: 30,
    }),
    firstContacts: fc.array(
      fc.record({
        customerRef: fc.constantFrom('c1', 'c2', 'c3', 'c9'),
        // Mostly before every promise, so the median has days to take the middle of.
        on: fc.oneof(
          fc.integer({ min: -220, max: -190 }).map((o) => addDays(today, o)),
          day,
        ),
      }),
      { maxLength: 6 },
    ),
    toneDays: fc.array(
      fc.record({
        agent: fc.constantFrom('a1', 'a2', 'a3'),
        team: fc.constantFrom('t1', 't2', undefined),
        date: day,
        draftsChecked: fc.nat(30),
        sends: fc.nat(20),
        blocksCaught: fc.nat(3),
        sentOverWarning: fc.nat(3),
        suggestionsApplied: fc.nat(5),
        categories: fc.dictionary(
          fc.constantFrom('threat', 'jargon', 'pressure', 'shaming', 'positive'),
          fc.nat(4),
        ),
      }),
      { maxLength: 30 },
    ),
  })
  .map((raw): OutcomeRecords => {
    // Ids repeat across customers, and two promises of a plan may share a due date.
    const promises = raw.promises.map(([p, id]): PromiseRecord => ({ ...p, id }));
    // Each plan key twice (a 4- and a 13-payment record): a host may list a plan more than once.
    const plans = arbitrary
      .plansOf(promises, () => 4)
      .flatMap((plan) => [plan, { ...plan, count: 13 }]);
    return {
      promises,
      plans,
      payments: raw.payments,
      firstContacts: raw.firstContacts.map((c): FirstContactRecord => c),
      toneDays: raw.toneDays.map((t): ToneDayRecord => ({
        ...t,
        okFirstTime: Math.floor(t.sends / 2),
      })),
      guardDays: [],
    };
  });
const filters = arbitrary.arbitraryFilters(currency);

describe('outcomes report against a straightforward reference (properties)', () => {
  it('gives the same promise, plan and tone figures', () => {
    fc.assert(
      fc.property(records, filters, (chosen, filtersChosen) => {
        const report = outcomesReport(chosen, { today, filters: filtersChosen });
        const reference = referenceReport(chosen, filtersChosen);
        expect(report.promises).toEqual(reference.promises);
        expect(report.plans).toEqual(reference.plans);
        expect(report.tone).toEqual(reference.tone);
      }),
      { numRuns: 300 },
    );
  });
});
