/**
 * The position of a date's ISO week among the report's weeks, worked out once per distinct date:
 * a quarter's records hold a few hundred distinct dates, and the aggregation asks for the week of
 * every one of 100k promises and 1M day counts. Day arithmetic on the date's digits, no Luxon.
 */
import type { PlainDate } from '../calendar/calendar';
import { inRange } from './filters';
import { dayNumber } from './figures';
import type { IsoWeek } from './weeks';

/** Outside the range (or its weeks): the record is not counted. */
export const outsideRange = -1;

/**
 * A function from a date to the index of its week in `weeks` (oldest first, consecutive, as
 * `weeksBetween` makes them), or `outsideRange` when the date is not within `range`.
 */
export function weekIndexer(
  weeks: readonly IsoWeek[],
  range: { from: PlainDate; to: PlainDate },
): (date: PlainDate) => number {
  const first = weeks[0];
  const firstMonday = first === undefined ? 0 : dayNumber(first.monday);
  const known = new Map<PlainDate, number>();
  return (date) => {
    const cached = known.get(date);
    if (cached !== undefined) return cached;
    let index = outsideRange;
    if (first !== undefined && inRange(date, range)) {
      const week = Math.floor((dayNumber(date) - firstMonday) / 7);
      if (week >= 0 && week < weeks.length) index = week;
    }
    known.set(date, index);
    return index;
  };
}
