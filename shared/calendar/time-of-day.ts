/**
 * The wall-clock time somewhere else, as the reader writes times: what a customer's clock shows
 * now. Intl alone, no date library: the customer overview shows it in the Zendesk sidebar's first
 * paint (issue 16).
 */
import { isValidTimeZone } from './calendar';

/** The time at `instant` in `timeZone` for a reader in `locale` ('9:41 AM', '9:41'); undefined for a zone Intl does not know. */
export function timeOfDayIn(instant: Date, timeZone: string, locale: string): string | undefined {
  if (!isValidTimeZone(timeZone)) return undefined;
  // An empty locale is the runtime's default, as Luxon read it; Intl itself refuses ''.
  return new Intl.DateTimeFormat(locale === '' ? undefined : locale, {
    hour: 'numeric',
    minute: 'numeric',
    timeZone,
  }).format(instant);
}
