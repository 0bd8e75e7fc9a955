/**
 * The public holidays the card needs for a portal's settings, worked out here with the whole holiday
 * library (shared/calendar/holidays) so the card ships no holiday data. Cached per code and year:
 * the same few codes are asked for on every card request, and a year's holidays never change.
 */
import { holidayDatesBetween } from '../../../shared/calendar/holidays';
import { portalHolidayYears, type PortalHolidays } from '../contract';

const cache = new Map<string, PortalHolidays>();
// Codes come from stored settings (one per portal); bounded all the same.
const maxCached = 500;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The holidays of stored settings whose `policy.holidays` names a country or region ('US-CA'), for
 * `portalHolidayYears` around the year of `now` (epoch ms); undefined when the policy names none.
 */
export function portalHolidays(stored: unknown, now: number): PortalHolidays | undefined {
  const policy = isRecord(stored) ? stored['policy'] : undefined;
  const raw = isRecord(policy) ? policy['holidays'] : undefined;
  if (typeof raw !== 'string') return undefined;
  const holidays = raw.trim().toUpperCase();
  if (holidays === '' || holidays.length > 16) return undefined;
  const year = new Date(now).getUTCFullYear();
  const key = `${holidays} ${year}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const fromYear = year - portalHolidayYears.before;
  const toYear = year + portalHolidayYears.after;
  const dates = holidayDatesBetween(holidays, fromYear, toYear);
  const reply: PortalHolidays = dates.ok
    ? { holidays, fromYear, toYear, dates: dates.value }
    : { holidays, unknown: true };
  if (cache.size >= maxCached) cache.clear();
  cache.set(key, reply);
  return reply;
}
