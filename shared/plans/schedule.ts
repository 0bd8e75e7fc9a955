/**
 * Dated schedules on real calendars: weekly and every-two-weeks count days, monthly keeps the anchor
 * day with month-end clipping, twice a month uses an anchor pair, and a date on a weekend (when the
 * policy says so), a public holiday or a company closure day moves to the next payment day.
 */
import {
  addDays,
  addMonths,
  clippedDate,
  compareDates,
  dateParts,
  type PlainDate,
} from '../calendar/calendar';
import { nextPaymentDay, noClosedDays, type ClosedDays } from '../calendar/closed-days';
import type { Money } from '../money/money';
import type { Frequency } from './frequency';

/** One dated payment of a plan. */
export interface Instalment {
  readonly due: PlainDate;
  readonly amount: Money;
}

/**
 * The two days of the month a twice-a-month plan uses, from its first date: the 1st pairs with the
 * 15th, any day up to the 14th with the day two weeks later (3rd/17th), later days with the day two
 * weeks earlier (15th → 1st/15th, 31st → 17th/31st, the 31st clipping to each month's end).
 */
export function semimonthlyAnchors(first: PlainDate): { early: number; late: number } {
  const { day } = dateParts(first);
  return day <= 14 ? { early: day, late: day + 14 } : { early: day - 14, late: day };
}

/**
 * The `index`-th nominal due date (0 = `first`) of a schedule, before it moves off closed days.
 * Monthly and twice-a-month dates are counted from the anchor, so 31 Jan → 28 Feb → 31 Mar.
 */
export function nominalDueDate(first: PlainDate, frequency: Frequency, index: number): PlainDate {
  switch (frequency) {
    case 'weekly':
      return addDays(first, 7 * index);
    case 'biweekly':
      return addDays(first, 14 * index);
    case 'monthly':
      return addMonths(first, index);
    case 'semimonthly': {
      const { early, late } = semimonthlyAnchors(first);
      const { year, month, day } = dateParts(first);
      const slot = index + (day === early ? 0 : 1);
      const monthIndex = year * 12 + (month - 1) + Math.floor(slot / 2);
      const targetYear = Math.floor(monthIndex / 12);
      return clippedDate(
        targetYear,
        monthIndex - targetYear * 12 + 1,
        slot % 2 === 0 ? early : late,
      );
    }
  }
}

/** How due dates move off days no payment may fall due on. */
export interface PaymentDays {
  /** Holidays and company closures (see shared/calendar/holidays); none by default. */
  readonly closed: ClosedDays;
  /** Whether Saturdays and Sundays move too (the policy's `rollWeekends`). */
  readonly skipWeekends: boolean;
}

/** The calendar that moves nothing: every nominal date is a due date. */
export const everyDay: PaymentDays = { closed: noClosedDays, skipWeekends: false };

/**
 * The due dates of a schedule from slot 0, lazily: each nominal date moved to the next payment day
 * (no weekend when `skipWeekends`, no holiday or closure day), and, when a run of closed days
 * would put two payments on one day, the later one moves to the next payment day after it, so dates
 * always strictly increase.
 */
export function* dueDates(
  first: PlainDate,
  frequency: Frequency,
  days: PaymentDays,
): Generator<PlainDate, never> {
  let previous: PlainDate | undefined;
  for (let index = 0; ; index += 1) {
    const nominal = nominalDueDate(first, frequency, index);
    const earliest =
      previous !== undefined && compareDates(nominal, previous) <= 0
        ? addDays(previous, 1)
        : nominal;
    const due = nextPaymentDay(earliest, days.closed, days.skipWeekends);
    previous = due;
    yield due;
  }
}

/** The first `count` due dates of a schedule (see {@link dueDates}). */
export function firstDueDates(
  first: PlainDate,
  frequency: Frequency,
  count: number,
  days: PaymentDays,
): PlainDate[] {
  const dates: PlainDate[] = [];
  if (count <= 0) return dates;
  for (const due of dueDates(first, frequency, days)) {
    dates.push(due);
    if (dates.length >= count) break;
  }
  return dates;
}

/** The `index`-th due date (0 = the first) of a schedule (see {@link dueDates}). */
export function dueDate(
  first: PlainDate,
  frequency: Frequency,
  index: number,
  days: PaymentDays,
): PlainDate {
  const dates = firstDueDates(first, frequency, index + 1, days);
  const due = dates[dates.length - 1];
  if (due === undefined) throw new Error(`No due date at index ${index}`);
  return due;
}

/**
 * How many due dates from slot `fromIndex` on fall strictly before `before` (the end of the term),
 * counting no further than `limit`.
 */
export function countDueDatesBefore(
  first: PlainDate,
  frequency: Frequency,
  fromIndex: number,
  before: PlainDate,
  days: PaymentDays,
  limit: number,
): number {
  let count = 0;
  let index = 0;
  for (const due of dueDates(first, frequency, days)) {
    if (count >= limit || compareDates(due, before) >= 0) break;
    if (index >= fromIndex) count += 1;
    index += 1;
  }
  return count;
}
