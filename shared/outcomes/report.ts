/**
 * Everything a team lead sees, from the host's records, as of the team's `today`: promise, plan,
 * tone and guard figures over the filters' date range (by default the 12 ISO weeks ending with this
 * week). Pure: the caller reads the records and the clock.
 */
import { addDays, compareDates, type PlainDate } from '../calendar/calendar';
import type { OutcomeFilters } from './filters';
import { planOutcomes, type PlanOutcomes } from './plan-outcomes';
import { judgePromises } from './judged-promises';
import { promiseOutcomes, type PromiseOutcomes } from './promise-outcomes';
import type { OutcomeRecords } from './records';
import {
  guardOutcomes,
  toneOutcomes,
  type GuardOutcomes,
  type ToneOutcomes,
} from './tone-outcomes';
import { mondayOf, startOfLastWeeks, weeksBetween, type IsoWeek } from './weeks';

/** Weeks shown when the filters give no date range. */
export const defaultWeekCount = 12;

export interface OutcomesReport {
  range: { from: PlainDate; to: PlainDate };
  weeks: IsoWeek[];
  promises: PromiseOutcomes;
  plans: PlanOutcomes;
  tone: ToneOutcomes;
  guards: GuardOutcomes;
  /** Currencies seen in the promises and plans in scope, for the currency filter's choices. */
  currencies: string[];
}

/**
 * The date range the filters ask for, or the 12 ISO weeks ending with this one: to its Sunday, so
 * promises falling due later this week show as open in this week's row.
 */
export function rangeOf(
  filters: OutcomeFilters,
  today: PlainDate,
): { from: PlainDate; to: PlainDate } {
  const to = filters.to ?? addDays(mondayOf(today), 6);
  const from = filters.from ?? startOfLastWeeks(to, defaultWeekCount);
  return { from, to };
}

/** The outcomes report for `records` as of `today`, narrowed by `filters`. */
export function outcomesReport(
  records: OutcomeRecords,
  options: { today: PlainDate; filters?: OutcomeFilters },
): OutcomesReport {
  const filters = options.filters ?? {};
  const range = rangeOf(filters, options.today);
  const weeks = compareDates(range.from, range.to) <= 0 ? weeksBetween(range.from, range.to) : [];
  const judged = judgePromises(records.promises, records.payments, options.today);
  const common = { today: options.today, range, filters, weeks, judged };
  const currencies = new Set<string>(judged.currencies);
  for (const plan of records.plans) currencies.add(plan.currency);
  return {
    range,
    weeks,
    promises: promiseOutcomes(records, common),
    plans: planOutcomes(records, common),
    tone: toneOutcomes(records.toneDays, common),
    guards: guardOutcomes(records.guardDays, common),
    currencies: [...currencies].sort(),
  };
}
