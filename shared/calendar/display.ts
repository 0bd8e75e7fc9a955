/**
 * How dates and moments read on screen: one format for every date a host shows its user (a due
 * date, a plan's payments, a flag's date, a timeline entry), in the user's locale and always with
 * the year, so a payment next year never reads like one this year. Customer-facing text (plan
 * summaries, templates) keeps its own long dates.
 */
import { DateTime } from 'luxon';

/** A calendar date 'YYYY-MM-DD' as the user reads it: "Nov 1, 2026", "1 nov 2026". */
export function formatDate(isoDate: string, locale: string): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  return date.isValid ? date.setLocale(locale).toLocaleString(DateTime.DATE_MED) : isoDate;
}

/** An instant in `zone` with the zone's abbreviation: "Nov 25, 2026, 8:00 AM CST". */
export function formatMoment(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { setZone: true })
    .setZone(zone)
    .setLocale(locale)
    .toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' });
}
