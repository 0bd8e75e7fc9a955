/**
 * Outcomes benchmark (issue 17): `outcomesReport` over 100k promises (with their payments and
 * plans) and over 1M tone day counts, the goal being at most 200 ms each. Synthetic data
 * over 13 weeks: 20 agents in 4 teams, 3 currencies, some promises kept, some part paid, some missed.
 * Run standalone with `tsx bench/outcomes.ts`; `benchOutcomes()` returns the figures in milliseconds.
 */
import { pathToFileURL } from 'node:url';
import { addDays, type PlainDate } from '../shared/calendar/calendar';
import { money } from '../shared/money/money';
import {
  emptyOutcomeRecordLists,
  outcomesReport,
  type OutcomeRecordLists,
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

/** Times the report over 100k promises and over 1M tone day counts (median of 5 after 1 warm-up). */
export async function benchOutcomes(): Promise<Record<string, number>> {
  const promises = promiseRecords(100_000);
  const tone = toneRecords(1_000_000);
  return {
    report100kPromisesMs: medianTimeMs(() => outcomesReport(promises, { today }), 5, { warmUp: 1 }),
    report1mToneDaysMs: medianTimeMs(() => outcomesReport(tone, { today }), 5, { warmUp: 1 }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchOutcomes());
}
