/**
 * Dated schedules on real calendars: weekly and every-two-weeks count days, monthly keeps the anchor
 * day with month-end clipping, twice a month uses an anchor pair, and weekends may roll to Monday.
 */
import {
  addDays,
  addMonths,
  clippedDate,
  compareDates,
  dateParts,
  nextBusinessDay,
  type PlainDate,
} from '../calendar/calendar';
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
 * The `index`-th nominal due date (0 = `first`) of a schedule, before any weekend roll.
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

/** The `index`-th due date, rolled to the next business day when `rollWeekends` is set. */
export function dueDate(
  first: PlainDate,
  frequency: Frequency,
  index: number,
  rollWeekends: boolean,
): PlainDate {
  const nominal = nominalDueDate(first, frequency, index);
  return rollWeekends ? nextBusinessDay(nominal) : nominal;
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
  rollWeekends: boolean,
  limit: number,
): number {
  let count = 0;
  while (
    count < limit &&
    compareDates(dueDate(first, frequency, fromIndex + count, rollWeekends), before) < 0
  ) {
    count += 1;
  }
  return count;
}
