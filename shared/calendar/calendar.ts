/**
 * Calendar dates ('YYYY-MM-DD') as people read them in their own time zone, with no time of day.
 * A date is a day number (days since 1970-01-01 in the proleptic Gregorian calendar) and back, in
 * integer arithmetic, so neither the host's zone nor DST can shift one; the single step from an
 * instant to a date asks Intl for the zone's calendar date. No date library: this module is in the
 * Zendesk ticket sidebar's first paint (issue 16), and calendar.test.ts checks it against Luxon.
 */

/** A calendar date such as '2026-11-25', like Temporal.PlainDate but a plain string. */
export type PlainDate = `${number}-${number}-${number}`;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in the given month (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  const length = Number.isInteger(year) ? monthLengths[month - 1] : undefined;
  if (length === undefined || !Number.isInteger(month)) {
    throw new Error(`Invalid month ${year}-${month}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : length;
}

/** Days since 1970-01-01 of a valid year, month and day (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month and day of a day number (civil_from_days, the inverse of `dayNumber`). */
function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 'YYYY-MM-DD' (years past 9999 as '+YYYYYY', before 0 as '-YYYYYY', as ISO 8601 and Luxon write them). */
function writeDate(year: number, month: number, day: number): PlainDate {
  const yearText =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, '0')
      : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/** The parts of a date this module wrote or checked; throws for anything else. */
function readDate(date: PlainDate): { year: number; month: number; day: number } {
  const parts = isoDate.exec(date);
  const [year, month, day] = [Number(parts?.[1]), Number(parts?.[2]), Number(parts?.[3])];
  if (parts === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid calendar date ${date}`);
  }
  return { year, month, day };
}

function toDayNumber(date: PlainDate): number {
  const { year, month, day } = readDate(date);
  return dayNumber(year, month, day);
}

function fromDays(days: number): PlainDate {
  const { year, month, day } = fromDayNumber(days);
  return writeDate(year, month, day);
}

/** The date if `text` is a real 'YYYY-MM-DD' calendar date (2026-02-30 is not), else undefined. */
export function parsePlainDate(text: string): PlainDate | undefined {
  const parts = isoDate.exec(text);
  if (parts === null) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return writeDate(year, month, day);
}

/** True for an IANA time zone the runtime's Intl knows ('America/New_York'); false for 'Mars/Olympus'. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format();
    return true;
  } catch {
    return false;
  }
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const dateInZone = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  const cached = dateInZone.get(timeZone);
  if (cached !== undefined) return cached;
  let format: Intl.DateTimeFormat;
  try {
    // Gregorian, Latin digits, and the era, so the parts read as ISO numbers in any runtime locale.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    throw new Error(`Unknown time zone ${timeZone}`);
  }
  if (dateInZone.size >= 1000) dateInZone.clear();
  dateInZone.set(timeZone, format);
  return format;
}

/** The calendar date it is at `instant` in `timeZone` (the instant comes from a Clock port). */
export function todayIn(instant: Date, timeZone: string): PlainDate {
  const parts = dateFormatIn(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const era = parts.find((candidate) => candidate.type === 'era')?.value;
  // Intl counts years before 1 AD backwards within the BC era; ISO years are 0, -1, …
  const year = era === 'BC' ? 1 - part('year') : part('year');
  return writeDate(year, part('month'), part('day'));
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isInteger(days)) throw new Error(`Not a whole number of days: ${days}`);
  return fromDays(toDayNumber(date) + days);
}

/** The date with day `day` in that year and month, clipped to the month's last day (31 → 28/29/30). */
export function clippedDate(year: number, month: number, day: number): PlainDate {
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1) throw new Error(`Invalid date ${year}-${month}-${day}`);
  return writeDate(year, month, Math.min(day, last));
}

/**
 * `date` plus `months`, keeping `anchorDay` (default: the date's own day) and clipping to month end:
 * from 31 Jan, +1 → 28/29 Feb and +2 → 31 Mar. Always count from the anchor, never chain clipped dates.
 */
export function addMonths(date: PlainDate, months: number, anchorDay?: number): PlainDate {
  const start = readDate(date);
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return clippedDate(year, month, anchorDay ?? start.day);
}

/** Year, month (1-12) and day of a date. */
export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  return readDate(date);
}

/** Day of the week, ISO numbering: 1 Monday … 6 Saturday, 7 Sunday. */
export function weekday(date: PlainDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
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
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1; 'YYYY-MM-DD' strings sort as dates, so this is a string comparison. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A date in a locale's words, month long or short, on the UTC day its number names. */
function formatInWords(date: PlainDate, locale: string, month: 'long' | 'short'): string {
  // An empty locale is the runtime's default, as Luxon read it; Intl itself refuses ''.
  return new Intl.DateTimeFormat(locale === '' ? undefined : locale, {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(toDayNumber(date) * msPerDay));
}

/** The date in words for a locale: '5 December 2026' (en-GB), 'December 5, 2026' (en-US). */
export function formatLongDate(date: PlainDate, locale: string): string {
  return formatInWords(date, locale, 'long');
}

/** The date as a card shows it, with the year: 'Dec 5, 2026' (en-US), '5 dic 2026' (es). */
export function formatMediumDate(date: PlainDate, locale: string): string {
  return formatInWords(date, locale, 'short');
}
