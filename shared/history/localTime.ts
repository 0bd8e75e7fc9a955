/**
 * Small time helpers for the history core: instants as epoch milliseconds, calendar days in the
 * customer's zone as day numbers (days since 1970-01-01 of the local date). The zone maths is
 * shared/calendar/zoned.ts (Intl alone, as Luxon answered it: issue 16 took Luxon off the card).
 */
import { isValidTimeZone } from '../calendar/calendar';
import { instantAtWall, isoInZone, wallTimeAt } from '../calendar/zoned';

/** True for an IANA zone name the runtime's Intl knows (e.g. `America/Chicago`). */
export { isValidTimeZone };

const msPerDay = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Epoch milliseconds of an ISO instant; throws for text that is not one (callers parse input first). */
export function instantMillis(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return ms;
}

/** Day number of a calendar date `YYYY-MM-DD` (no zone: a date is a date). */
export function dateDayNumber(date: string): number {
  const match = datePattern.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay;
}

/** Day number of the customer's local calendar date at an instant. */
export function localDayNumber(ms: number, zone: string): number {
  const local = wallTimeAt(ms, zone);
  return Date.UTC(local.year, local.month - 1, local.day) / msPerDay;
}

/** The calendar date `YYYY-MM-DD` of a day number. */
export function dayNumberDate(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/**
 * The first instant of a local calendar day in the zone. Where midnight does not exist (a DST gap
 * at 00:00, as in some South American zones) it moves forward to the first real minute; where
 * midnight comes twice (clocks going back to it), the first.
 */
export function startOfLocalDay(day: number, zone: string): number {
  const utc = new Date(day * msPerDay);
  const midnight = {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
  // The offset a day earlier is the one before any change at midnight: the first of two midnights.
  return instantAtWall(midnight, zone, (day - 1) * msPerDay);
}

/** An instant from either an ISO instant or a calendar date (the start of that day in the zone). */
export function instantOrDateMillis(value: string, zone: string): number {
  return datePattern.test(value)
    ? startOfLocalDay(dateDayNumber(value), zone)
    : instantMillis(value);
}

/** True for `HH:mm` (00:00–23:59) or `24:00` (end of day). */
export function isClockTime(text: string): boolean {
  return clockPattern.test(text);
}

/** Minutes after local midnight of `HH:mm` (`24:00` is 1440). */
export function clockMinutes(text: string): number {
  if (!clockPattern.test(text)) throw new RangeError(`not a time of day (HH:mm): ${text}`);
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/** An instant as ISO 8601 with the customer's offset, e.g. `2026-11-25T08:00:00-06:00`. */
export function formatInZone(ms: number, zone: string): string {
  if (!Number.isFinite(ms) || !isValidTimeZone(zone))
    throw new RangeError(`cannot format ${ms} in ${zone}`);
  return isoInZone(ms, zone);
}
