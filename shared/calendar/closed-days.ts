/**
 * Days no payment falls due, besides weekends (which are the plan policy's choice, `rollWeekends`),
 * and the next day a payment may. No holiday data here: see holidays.ts for a country's calendar.
 */
import { addDays, isWeekend, type PlainDate } from './calendar';

/** The days a payment may not fall due on, besides weekends. */
export interface ClosedDays {
  /** True on a public or bank holiday of the calendar's country (and region), or a closure day. */
  isClosed(date: PlainDate): boolean;
}

/** What a calendar is built from (admin settings; the region where the customer's is known). */
export interface ClosedDaysSource {
  /** ISO 3166-1 alpha-2 country ('US'), or a country and region ('US-CA'); undefined = no holidays. */
  readonly holidays?: string;
  /** The company's closure days ('2026-12-24'). */
  readonly closures?: readonly PlainDate[];
}

/** Why a calendar cannot be built. */
export interface ClosedDaysError {
  readonly code: 'unknown-holiday-country' | 'unknown-holiday-region';
  readonly holidays: string;
}

/** No holidays, no closures: only weekends (when the policy rolls them) move a payment. */
export const noClosedDays: ClosedDays = { isClosed: () => false };

/**
 * Closed on exactly these dates: holidays worked out elsewhere (the HubSpot backend sends the card
 * its portal's, see holidayDatesBetween in holidays.ts) together with the company's closure days.
 */
export function closedOn(...dates: ReadonlyArray<Iterable<PlainDate>>): ClosedDays {
  const closed = new Set<string>(dates.flatMap((list) => [...list]));
  return { isClosed: (date) => closed.has(date) };
}

/**
 * The date itself if a payment may fall due on it, else the next day that may: never closed, and
 * never a Saturday or Sunday when `skipWeekends`. Gives up after a year of closed days (an admin
 * cannot close a whole year; settings cap closures well below that).
 */
export function nextPaymentDay(
  date: PlainDate,
  closed: ClosedDays,
  skipWeekends: boolean,
): PlainDate {
  let day = date;
  for (let step = 0; step < 366; step += 1) {
    if (!(skipWeekends && isWeekend(day)) && !closed.isClosed(day)) return day;
    day = addDays(day, 1);
  }
  throw new Error(`No payment day in the year from ${date}`);
}
