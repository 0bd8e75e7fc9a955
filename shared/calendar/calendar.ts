/**
 * Calendar dates ('YYYY-MM-DD') as people read them in their own time zone, with no time of day.
 * Arithmetic goes through Luxon in UTC so the host's own zone and DST never shift a date.
 */
import { DateTime, IANAZone } from 'luxon';

/** A calendar date such as '2026-11-25', like Temporal.PlainDate but a plain string. */
export type PlainDate = `${number}-${number}-${number}`;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

// Schedules re-read the same few dates many times; Luxon DateTimes are immutable, so cache them.
const parsedDates = new Map<string, DateTime<true>>();

function toDateTime(date: PlainDate): DateTime<true> {
  const cached = parsedDates.get(date);
  if (cached !== undefined) return cached;
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`Invalid calendar date ${date}`);
  if (parsedDates.size >= 10_000) parsedDates.clear();
  parsedDates.set(date, parsed);
  return parsed;
}

function fromDateTime(value: DateTime<true>): PlainDate {
  return value.toISODate() as PlainDate;
}

/** The date if `text` is a real 'YYYY-MM-DD' calendar date (2026-02-30 is not), else undefined. */
export function parsePlainDate(text: string): PlainDate | undefined {
  if (!isoDate.test(text)) return undefined;
  const parsed = DateTime.fromISO(text, { zone: 'utc' });
  return parsed.isValid ? fromDateTime(parsed) : undefined;
}

/** True for an IANA time zone Luxon knows ('America/New_York'); false for 'Mars/Olympus'. */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/** The calendar date it is at `instant` in `timeZone` (the instant comes from a Clock port). */
export function todayIn(instant: Date, timeZone: string): PlainDate {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new Error(`Unknown time zone ${timeZone}`);
  return fromDateTime(local);
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDateTime(toDateTime(date).plus({ days }));
}

/** Number of days in the given month (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  const value = DateTime.utc(year, month, 1).daysInMonth;
  if (value === undefined) throw new Error(`Invalid month ${year}-${month}`);
  return value;
}

/** The date with day `day` in that year and month, clipped to the month's last day (31 → 28/29/30). */
export function clippedDate(year: number, month: number, day: number): PlainDate {
  const last = daysInMonth(year, month);
  const value = DateTime.utc(year, month, Math.min(day, last));
  if (!value.isValid) throw new Error(`Invalid date ${year}-${month}-${day}`);
  return fromDateTime(value);
}

/**
 * `date` plus `months`, keeping `anchorDay` (default: the date's own day) and clipping to month end:
 * from 31 Jan, +1 → 28/29 Feb and +2 → 31 Mar. Always count from the anchor, never chain clipped dates.
 */
export function addMonths(date: PlainDate, months: number, anchorDay?: number): PlainDate {
  const start = toDateTime(date);
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return clippedDate(year, month, anchorDay ?? start.day);
}

/** Year, month (1-12) and day of a date. */
export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  const value = toDateTime(date);
  return { year: value.year, month: value.month, day: value.day };
}

/** Day of the week, ISO numbering: 1 Monday … 6 Saturday, 7 Sunday. */
export function weekday(date: PlainDate): number {
  return toDateTime(date).weekday;
}

/** True on Saturday and Sunday. */
export function isWeekend(date: PlainDate): boolean {
  return weekday(date) >= 6;
}

/** The date itself on a weekday, else the following Monday (public holidays are not known). */
export function nextBusinessDay(date: PlainDate): PlainDate {
  const day = weekday(date);
  return day >= 6 ? addDays(date, 8 - day) : date;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round(toDateTime(to).diff(toDateTime(from), 'days').days);
}

/** -1, 0 or 1; 'YYYY-MM-DD' strings sort as dates, so this is a string comparison. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date in words for a locale: '5 December 2026' (en-GB), 'December 5, 2026' (en-US). */
export function formatLongDate(date: PlainDate, locale: string): string {
  return toDateTime(date)
    .setLocale(locale)
    .toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
}
