/**
 * The closed days of a country: its public and bank holidays (from `date-holidays`, whose data
 * ships inside the package, so it works offline), optionally a region's (ISO 3166-2, 'US-NY',
 * 'GB-SCT', 'DE-BY'), plus the company's own closure days. The one file that loads holiday data
 * (about 230 KB gzipped with its parser): for Node (the HubSpot backend, the CLI, tests). The
 * Zendesk app loads one country's data instead (holidays-by-country.ts); the card gets the dates
 * from the backend (holidayDatesBetween). The rules themselves are in holiday-calendar.ts.
 */
import Holidays from 'date-holidays';
import { ok, type Result } from '../ports';
import type { PlainDate } from './calendar';
import type { ClosedDays, ClosedDaysError, ClosedDaysSource } from './closed-days';
import { closedDaysFrom, holidayCalendar, holidayDates } from './holiday-calendar';

// Declared beside ClosedDays, so code that only names them (settings, the card) loads no holidays.
export type { ClosedDaysError, ClosedDaysSource } from './closed-days';

/**
 * The closed days for a country (and region) and the company's closures; an unknown country or
 * region is an error naming it. Holidays are read a year at a time, once, when first asked about.
 */
export function closedDays(source: ClosedDaysSource): Result<ClosedDays, ClosedDaysError> {
  return closedDaysFrom(source, () => new Holidays());
}

/**
 * Every public and bank holiday date of a country (and region) from 1 January of `fromYear` through
 * 31 December of `toYear`, in order: the same days `closedDays` closes, as a list a host can ship
 * instead of the holiday library (the HubSpot backend sends them to the card). An unknown country
 * or region is an error naming it.
 */
export function holidayDatesBetween(
  holidays: string,
  fromYear: number,
  toYear: number,
): Result<PlainDate[], ClosedDaysError> {
  const calendar = holidayCalendar(holidays.trim().toUpperCase(), () => new Holidays());
  if (!calendar.ok) return calendar;
  const dates: PlainDate[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const inYear = [...holidayDates(calendar.value, year)].filter((date) =>
      date.startsWith(`${year}-`),
    );
    dates.push(...(inYear.sort() as PlainDate[]));
  }
  return ok(dates);
}
