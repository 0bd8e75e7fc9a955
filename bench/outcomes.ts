/**
 * Outcomes benchmark (issue 17): `outcomesReport` over 100k promises (with their payments and
 * plans) and over 1M tone day counts, the goal being at most 200 ms each. Synthetic data
 * over 13 weeks: 20 agents in 4 teams, 3 currencies, some promises kept, some part paid, some missed.
 * Run standalone with `tsx bench/outcomes.ts`; `benchOutcomes()` returns the figures in milliseconds.
 *
 * Each report is also timed against a floor measured in the same run on the same records: the
 * least code that could do the job, one plain loop that only counts the records per week from a
 * week looked up per date (precomputed, untimed). Absolute times on this shared 2-core machine move
 * with its load; `report / floor` taken in one run moves much less.
 */
import { pathToFileURL } from 'node:url';
import { addDays, type PlainDate } from '../shared/calendar/calendar';
import { money } from '../shared/money/money';
import {
  emptyOutcomeRecordLists,
  outcomesReport,
  rangeOf,
  weeksBetween,
  type OutcomeRecordLists,
  type OutcomeRecords,
} from '../shared/outcomes';
import { medianTimeMs } from './median-time';

const today: PlainDate = '2026-11-25';
const currencies = ['USD', 'EUR', 'JPY'] as const;

/** A small deterministic generator, so every run times the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** 100k promises in plans of 4 for 25k customers, each with payments that keep, part pay or miss. */
function promiseRecords(count: number): OutcomeRecordLists {
  const next = random(17);
  const records = emptyOutcomeRecordLists();
  for (let customer = 0; customer < count / 4; customer += 1) {
    const customerRef = `c${customer}`;
    const agent = `a${customer % 20}`;
    const team = `t${customer % 4}`;
    const currency = currencies[customer % currencies.length] ?? 'USD';
    const acceptedOn = addDays(today, -Math.floor(next() * 90));
    const planKey = `plan-${customer}`;
    records.plans.push({
      planKey,
      customerRef,
      agent,
      team,
      acceptedOn,
      firstDue: acceptedOn,
      count: 4,
      currency,
    });
    for (let n = 0; n < 4; n += 1) {
      const due = addDays(acceptedOn, 7 * n);
      records.promises.push({
        id: `${planKey}-${n + 1}`,
        planKey,
        customerRef,
        agent,
        team,
        amount: money(5_000, currency),
        due,
        madeOn: acceptedOn,
      });
      const roll = next();
      if (roll < 0.7)
        records.payments.push({ customerRef, amount: money(5_000, currency), paidOn: due });
      else if (roll < 0.8)
        records.payments.push({ customerRef, amount: money(2_000, currency), paidOn: due });
    }
    records.firstContacts.push({ customerRef, on: addDays(acceptedOn, -Math.floor(next() * 20)) });
  }
  return records;
}

/** 1M tone day counts: agents × days, as many agents as it takes over 91 days. */
function toneRecords(count: number): OutcomeRecordLists {
  const records = emptyOutcomeRecordLists();
  const days = 91;
  for (let i = 0; i < count; i += 1) {
    const agent = `a${Math.floor(i / days)}`;
    records.toneDays.push({
      agent,
      team: `t${Math.floor(i / days) % 40}`,
      date: addDays(today, -(i % days)),
      draftsChecked: 12,
      sends: 8,
      okFirstTime: 6,
      blocksCaught: 1,
      sentOverWarning: i % 7 === 0 ? 1 : 0,
      suggestionsApplied: 2,
      categories: { pressure: 2, jargon: 1, positive: 4 },
    });
  }
  return records;
}

/** The week index of each distinct date of `records` in the report's default range, or -1. */
function weekOfEachDate(records: OutcomeRecords): Map<string, number> {
  const range = rangeOf({}, today);
  const weeks = weeksBetween(range.from, range.to);
  const firstMonday = Date.parse(weeks[0]?.monday ?? range.from);
  const weekOf = new Map<string, number>();
  const dates = [
    ...records.promises.map((promise) => promise.due),
    ...records.payments.map((payment) => payment.paidOn),
    ...records.plans.map((plan) => plan.acceptedOn),
    ...records.firstContacts.map((contact) => contact.on),
    ...records.toneDays.map((day) => day.date),
  ];
  for (const date of dates) {
    if (weekOf.has(date)) continue;
    const week = Math.floor((Date.parse(date) - firstMonday) / (7 * 86_400_000));
    weekOf.set(date, date >= range.from && date <= range.to && week < weeks.length ? week : -1);
  }
  return weekOf;
}

/**
 * The floor: every record of `records` counted once in its week, from `weekOf` (each date's week,
 * found beforehand). No state, money, agent or category: what any report over these records costs.
 * Plain loops, one per list (`count` is small enough for V8 to inline).
 */
function floorCount(records: OutcomeRecords, weekOf: ReadonlyMap<string, number>): Int32Array {
  const counts = new Int32Array(14);
  const count = (date: string) => {
    const week = weekOf.get(date) ?? -1;
    if (week >= 0) counts[week] = (counts[week] ?? 0) + 1;
  };
  for (const promise of records.promises) count(promise.due);
  for (const payment of records.payments) count(payment.paidOn);
  for (const plan of records.plans) count(plan.acceptedOn);
  for (const contact of records.firstContacts) count(contact.on);
  for (const day of records.toneDays) count(day.date);
  return counts;
}

/**
 * Times the report over 100k promises and over 1M tone day counts (median of 5 after 1 warm-up),
 * each next to its floor on the same records and the ratio of the two (both from this run).
 */
export async function benchOutcomes(): Promise<Record<string, number>> {
  const promises = promiseRecords(100_000);
  const tone = toneRecords(1_000_000);
  const promiseWeeks = weekOfEachDate(promises);
  const toneWeeks = weekOfEachDate(tone);
  const timed = (work: () => void) => medianTimeMs(work, 5, { warmUp: 1 });
  const report100kPromisesMs = timed(() => outcomesReport(promises, { today }));
  const floor100kPromisesMs = timed(() => floorCount(promises, promiseWeeks));
  const report1mToneDaysMs = timed(() => outcomesReport(tone, { today }));
  const floor1mToneDaysMs = timed(() => floorCount(tone, toneWeeks));
  const ratio = (figure: number, floor: number) =>
    floor > 0 ? Math.round((figure / floor) * 100) / 100 : 0;
  return {
    report100kPromisesMs,
    report1mToneDaysMs,
    floor100kPromisesMs,
    floor1mToneDaysMs,
    report100kPromisesPerFloor: ratio(report100kPromisesMs, floor100kPromisesMs),
    report1mToneDaysPerFloor: ratio(report1mToneDaysMs, floor1mToneDaysMs),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchOutcomes());
}
