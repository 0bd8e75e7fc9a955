/**
 * ISO weeks (Monday to Sunday, week 1 holds the year's first Thursday) of calendar dates. The dates
 * are already the customer's or team's own, so a week never depends on the machine's time zone.
 */
import { DateTime } from 'luxon';
import { addDays, compareDates, weekday, type PlainDate } from '../calendar/calendar';

/** An ISO week: its label ('2026-W48') and its Monday. */
export interface IsoWeek {
  readonly label: string;
  readonly monday: PlainDate;
}

/** The Monday of the ISO week that holds `date`. */
export function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, 1 - weekday(date));
}

/** The ISO week of `date`: 2027-01-01 (a Friday) is in 2026-W53. */
export function isoWeekOf(date: PlainDate): IsoWeek {
  // Luxon's week-year ('kkkk') and week number ('WW') follow ISO 8601.
  const label = DateTime.fromISO(date, { zone: 'utc' }).toFormat("kkkk-'W'WW");
  return { label, monday: mondayOf(date) };
}

/** Every ISO week that overlaps `from`..`to` (inclusive), oldest first; none when `to` < `from`. */
export function weeksBetween(from: PlainDate, to: PlainDate): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let monday = mondayOf(from); compareDates(monday, to) <= 0; monday = addDays(monday, 7)) {
    weeks.push(isoWeekOf(monday));
  }
  return weeks;
}

/** The first day of the `count` ISO weeks that end with the week of `today` (this week included). */
export function startOfLastWeeks(today: PlainDate, count: number): PlainDate {
  return addDays(mondayOf(today), -7 * (count - 1));
}
