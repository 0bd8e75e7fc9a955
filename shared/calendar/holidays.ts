/**
 * The closed days of a country: its public and bank holidays (from `date-holidays`, whose data
 * ships inside the package, so it works offline), optionally a region's (ISO 3166-2, 'US-NY',
 * 'GB-SCT', 'DE-BY'), plus the company's own closure days. The one file that loads holiday data
 * (about 240 KB gzipped): hosts import it only where plans are built, so it stays in a lazy chunk.
 */
import Holidays from 'date-holidays';
import { err, ok, type Result } from '../ports';
import { addDays, dateParts, parsePlainDate, type PlainDate } from './calendar';
import type { ClosedDays } from './closed-days';
import { isHolidayCountry } from './holiday-countries';

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

// Types that close banks and offices; optional, school and observance days (Mother's Day) do not.
const closingTypes = ['public', 'bank'] as const;

const dayMs = 24 * 60 * 60 * 1000;

/** The holiday dates of one year, a holiday spanning several days giving each of its dates. */
function holidayDates(calendar: Holidays, year: number): Set<string> {
  const dates = new Set<string>();
  for (const holiday of calendar.getHolidays(year)) {
    const first = parsePlainDate(holiday.date.slice(0, 10));
    if (first === undefined) continue;
    const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / dayMs));
    for (let day = 0; day < span; day += 1) dates.add(addDays(first, day));
  }
  return dates;
}

/** The library's calendar for a country or 'COUNTRY-REGION' code (upper case), or why there is none. */
function holidayCalendar(code: string): Result<Holidays, ClosedDaysError> {
  const [country = '', region, ...rest] = code.split('-');
  if (!isHolidayCountry(country)) return err({ code: 'unknown-holiday-country', holidays: code });
  const calendar = new Holidays();
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
 * The closed days for a country (and region) and the company's closures; an unknown country or
 * region is an error naming it. Holidays are read a year at a time, once, when first asked about.
 */
export function closedDays(source: ClosedDaysSource): Result<ClosedDays, ClosedDaysError> {
  const closures = new Set<string>(source.closures ?? []);
  const code = source.holidays?.trim().toUpperCase() ?? '';
  if (code === '') return ok({ isClosed: (date) => closures.has(date) });
  const holidays = holidayCalendar(code);
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
  const calendar = holidayCalendar(holidays.trim().toUpperCase());
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
