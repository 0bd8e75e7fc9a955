/**
 * `closedDays` for a host that must not ship every country's holidays (the Zendesk app): loads the
 * parser and only the chosen country's data, generated/holidays/<CC>.json (written by
 * scripts/split-holidays.ts), which webpack splits into a lazy chunk a country. The rules are
 * holiday-calendar.ts's, so it closes exactly the days holidays.ts's `closedDays` closes.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the parser's types are ambient and its package.json "exports" does not name them
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />
import type { Result } from '../ports';
import type { ClosedDays, ClosedDaysError, ClosedDaysSource } from './closed-days';
import { closedDaysFrom, holidayCountryOf } from './holiday-calendar';
import { isHolidayCountry } from './holiday-countries';

/** Neither no country nor an unknown one needs holiday data. */
const noData = () => {
  throw new Error('No holiday data is needed without a known country');
};

/**
 * The closed days for a country (and region) and the company's closures, once that country's
 * holiday data has loaded; an unknown country or region is an error naming it.
 */
export async function loadClosedDays(
  source: ClosedDaysSource,
): Promise<Result<ClosedDays, ClosedDaysError>> {
  const country = holidayCountryOf(source.holidays);
  // Only a known two-letter country reaches the import: the code picks a file.
  if (!isHolidayCountry(country)) return closedDaysFrom(source, noData);
  const [{ default: HolidaysParser }, data] = await Promise.all([
    import('date-holidays-parser'),
    import(`../../generated/holidays/${country}.json`) as Promise<{ default: object }>,
  ]);
  return closedDaysFrom(source, () => new HolidaysParser(data.default));
}
