/**
 * The ISO week of many dates, each distinct date worked out once: a quarter's records hold a few
 * hundred distinct dates, and the aggregation reads a week for every one of 100k promises.
 */
import type { PlainDate } from '../calendar/calendar';
import { isoWeekOf, type IsoWeek } from './weeks';

/** A function from a date to its ISO week, remembering what it has worked out. */
export function weekLabeller(): (date: PlainDate) => IsoWeek {
  const known = new Map<PlainDate, IsoWeek>();
  return (date) => {
    const cached = known.get(date);
    if (cached !== undefined) return cached;
    const week = isoWeekOf(date);
    known.set(date, week);
    return week;
  };
}
