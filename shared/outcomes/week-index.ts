/**
 * The position of a date's ISO week among the report's weeks: the aggregation asks for the week of
 * every one of 100k promises and 1M day counts. Day arithmetic on the date's digits, no Luxon: a
 * well-formed date is read straight from its character codes (cheaper than a map lookup), anything
 * else goes through `dayNumber` once and is cached.
 */
import type { PlainDate } from '../calendar/calendar';
import { inRange, type OutcomeFilters } from './filters';
import { dayNumber } from './figures';
import type { IsoWeek } from './weeks';

/** What each part of the report counts over: the range's weeks, the range and the filters. */
export interface ReportWindow {
  readonly weeks: readonly IsoWeek[];
  readonly range: { readonly from: PlainDate; readonly to: PlainDate };
  readonly filters: OutcomeFilters;
}

/** Outside the range (or its weeks): the record is not counted. */
export const outsideRange = -1;

/**
 * The index of a date's week in `weeks` (oldest first, consecutive, as `weeksBetween` makes them),
 * or `outsideRange` when the date is not within `range`.
 *
 * A well-formed date is read from its character codes as the number YYYYMMDD, compared with the
 * range's (the order of the strings), and its day found from a table of month starts over the
 * range's years: no division, no map, no string made per record.
 *
 * A class, not a closure: the loops over a million records call `weekOf` on an object of one
 * shape whose method V8 inlines once and keeps; a closure made per report would be inlined as that
 * one function, and the loop's optimized code thrown away (and run cold, boxing numbers on the
 * heap) at every report once the closure is collected.
 */
export class WeekIndex {
  private readonly first: IsoWeek | undefined;
  private readonly firstMonday: number;
  private readonly weekCount: number;
  /** The range as YYYYMMDD numbers; -1 when either end is not well formed (every date is slow). */
  private readonly from: number;
  private readonly to: number;
  private readonly firstYear: number;
  /** Days from the first week's Monday to the 1st of each month of the range's years. */
  private readonly monthStarts: Float64Array;
  /** Weeks of dates that are not well formed, each found once through `dayNumber`. */
  private readonly known = new Map<PlainDate, number>();

  constructor(
    weeks: readonly IsoWeek[],
    private readonly range: { from: PlainDate; to: PlainDate },
  ) {
    this.first = weeks[0];
    this.firstMonday = this.first === undefined ? 0 : dayNumber(this.first.monday);
    this.weekCount = weeks.length;
    const from = digitsDateKey(range.from);
    const to = digitsDateKey(range.to);
    const fast = this.first !== undefined && from !== undefined && to !== undefined;
    this.from = fast ? from : -1;
    this.to = fast ? to : -1;
    this.firstYear = fast ? Math.floor(from / 10_000) : 0;
    const lastYear = fast ? Math.floor(to / 10_000) : -1;
    this.monthStarts = new Float64Array(Math.max(0, lastYear - this.firstYear + 1) * 12);
    for (let year = this.firstYear; year <= lastYear; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const start = digitsDayNumber(`${year}-${String(month).padStart(2, '0')}-01`) ?? 0;
        this.monthStarts[(year - this.firstYear) * 12 + month - 1] = start - this.firstMonday;
      }
    }
  }

  /** The index of `date`'s week, or `outsideRange`. */
  weekOf(date: PlainDate): number {
    if (this.first === undefined) return outsideRange;
    const key = this.from < 0 ? undefined : digitsDateKey(date);
    if (key === undefined) return this.slowly(date);
    if (key < this.from || key > this.to) return outsideRange;
    const year = Math.floor(key / 10_000);
    const month = Math.floor(key / 100) % 100;
    const days =
      (this.monthStarts[(year - this.firstYear) * 12 + month - 1] ?? 0) + (key % 100) - 1;
    const week = Math.floor(days / 7);
    return week >= 0 && week < this.weekCount ? week : outsideRange;
  }

  /** The week of a date that is not well formed (or of a range that is not), by its day number. */
  private slowly(date: PlainDate): number {
    const cached = this.known.get(date);
    if (cached !== undefined) return cached;
    let index = outsideRange;
    if (this.first !== undefined && inRange(date, this.range)) {
      const week = Math.floor((dayNumber(date) - this.firstMonday) / 7);
      if (week >= 0 && week < this.weekCount) index = week;
    }
    this.known.set(date, index);
    return index;
  }
}

/** `WeekIndex.weekOf` as a function, for a caller that looks up a few dates. */
export function weekIndexer(
  weeks: readonly IsoWeek[],
  range: { from: PlainDate; to: PlainDate },
): (date: PlainDate) => number {
  const index = new WeekIndex(weeks, range);
  return (date) => index.weekOf(date);
}

/**
 * A 'YYYY-MM-DD' of a year from 1000 and a month 01–12 as the number YYYYMMDD (which orders as the
 * strings do); undefined for anything else, which the caller reads the slow way.
 */
function digitsDateKey(date: string): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    return undefined;
  }
  const y1 = digitAt(date, 0);
  const y2 = digitAt(date, 1);
  const y3 = digitAt(date, 2);
  const y4 = digitAt(date, 3);
  const m1 = digitAt(date, 5);
  const m2 = digitAt(date, 6);
  const d1 = digitAt(date, 8);
  const d2 = digitAt(date, 9);
  if (y1 < 1 || y2 < 0 || y3 < 0 || y4 < 0 || m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) {
    return undefined;
  }
  const month = m1 * 10 + m2;
  if (month < 1 || month > 12) return undefined;
  return (y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 10_000 + month * 100 + d1 * 10 + d2;
}

/** A digit's value, or -1 for any other character. */
function digitAt(text: string, position: number): number {
  const value = text.charCodeAt(position) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/**
 * `dayNumber(date)` for a 'YYYY-MM-DD' of a year from 1000 and a month 01–12, from its character
 * codes (days since 1970-01-01 by the civil calendar; a day past the month's end runs on into the
 * next, as `Date.UTC` does); undefined for anything else, which the caller reads the slow way.
 */
function digitsDayNumber(date: string): number | undefined {
  const key = digitsDateKey(date);
  if (key === undefined) return undefined;
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  // Days from the civil date (H. Hinnant's algorithm): years start in March, so leap days come last.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
