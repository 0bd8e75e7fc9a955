/**
 * Closed days from a date-holidays calendar, whichever data it was given: holidays.ts gives it the
 * whole world's (Node: the backend, the CLI, tests), holidays-by-country.ts one country's (the
 * Zendesk app, a lazy chunk a country). One set of rules, so both close exactly the same days.
 */
import { err, ok, type Result } from '../ports';
import { addDays, dateParts, parsePlainDate } from './calendar';
import type { ClosedDays, ClosedDaysError, ClosedDaysSource } from './closed-days';
import { isHolidayCountry } from './holiday-countries';

// Types that close banks and offices; optional, school and observance days (Mother's Day) do not.
const closingTypes = ['public', 'bank'] as const;

type ClosingOptions = { types: Array<(typeof closingTypes)[number]> };

/** What is used of a date-holidays calendar (date-holidays' class or date-holidays-parser's). */
export interface HolidayLibrary {
  getStates(country: string): object | undefined;
  init(country: string, options: ClosingOptions): unknown;
  init(country: string, region: string, options: ClosingOptions): unknown;
  getHolidays(year: number): ReadonlyArray<{ date: string; start: Date; end: Date }>;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The holiday dates of one year, a holiday spanning several days giving each of its dates. */
export function holidayDates(calendar: HolidayLibrary, year: number): Set<string> {
  const dates = new Set<string>();
  for (const holiday of calendar.getHolidays(year)) {
    const first = parsePlainDate(holiday.date.slice(0, 10));
    if (first === undefined) continue;
    const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / dayMs));
    for (let day = 0; day < span; day += 1) dates.add(addDays(first, day));
  }
  return dates;
}

/** The country part of a holidays code ('US-CA' → 'US'), upper case; '' for none. */
export function holidayCountryOf(holidays: string | undefined): string {
  return holidays?.trim().toUpperCase().split('-')[0] ?? '';
}

/**
 * The library's calendar for a 'COUNTRY' or 'COUNTRY-REGION' code (upper case), initialised for
 * the closing types, from `library` (a fresh calendar holding that country's data), or why not.
 */
export function holidayCalendar(
  code: string,
  library: () => HolidayLibrary,
): Result<HolidayLibrary, ClosedDaysError> {
  const [country = '', region, ...rest] = code.split('-');
  if (!isHolidayCountry(country)) return err({ code: 'unknown-holiday-country', holidays: code });
  const calendar = library();
  if (
    region !== undefined &&
    (rest.length > 0 || !(region in (calendar.getStates(country) ?? {})))
  ) {
    return err({ code: 'unknown-holiday-region', holidays: code });
  }
  const options = { types: [...closingTypes] };
  if (region === undefined) calendar.init(country, options);
  else calendar.init(country, region, options);
  return ok(calendar);
}

/**
 * The closed days for a country (and region) and the company's closures, from `library`; an
 * unknown country or region is an error naming it. Holidays are read a year at a time, once, when
 * first asked about.
 */
export function closedDaysFrom(
  source: ClosedDaysSource,
  library: () => HolidayLibrary,
): Result<ClosedDays, ClosedDaysError> {
  const closures = new Set<string>(source.closures ?? []);
  const code = source.holidays?.trim().toUpperCase() ?? '';
  if (code === '') return ok({ isClosed: (date) => closures.has(date) });
  const holidays = holidayCalendar(code, library);
  if (!holidays.ok) return holidays;
  const calendar = holidays.value;
  const years = new Map<number, Set<string>>();
  return ok({
    isClosed(date) {
      if (closures.has(date)) return true;
      const { year } = dateParts(date);
      let dates = years.get(year);
      if (dates === undefined) {
        dates = holidayDates(calendar, year);
        years.set(year, dates);
      }
      return dates.has(date);
    },
  });
}
