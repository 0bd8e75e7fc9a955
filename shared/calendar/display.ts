/**
 * How dates and moments read on screen: one format for every date a host shows its user (a due
 * date, a plan's payments, a flag's date, a timeline entry), in the user's locale and always with
 * the year, so a payment next year never reads like one this year. Customer-facing text (plan
 * summaries, templates) keeps its own long dates. Intl alone, no date library (issue 16 took Luxon
 * off the HubSpot card); display-luxon.property.test.ts holds it to what Luxon wrote.
 */
import { formatMediumDate, isValidTimeZone, parsePlainDate } from './calendar';

/** A calendar date 'YYYY-MM-DD' as the user reads it: "Nov 1, 2026", "1 nov 2026". */
export function formatDate(isoDate: string, locale: string): string {
  const date = parsePlainDate(isoDate);
  return date === undefined ? isoDate : formatMediumDate(date, locale);
}

/**
 * An instant in `zone` with the zone's abbreviation: "Nov 25, 2026, 8:00 AM CST". A zone the
 * runtime does not know shows the instant in UTC, named so; text that is no instant stays as given.
 */
export function formatMoment(iso: string, zone: string, locale: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  // An empty locale is the runtime's default, as Luxon read it; Intl itself refuses ''.
  return new Intl.DateTimeFormat(locale === '' ? undefined : locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    timeZoneName: 'short',
    timeZone: isValidTimeZone(zone) ? zone : 'UTC',
  }).format(ms);
}
