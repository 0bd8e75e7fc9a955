/**
 * How a host reads one customer's messages, the same on both: in the customer's language, time zone
 * and currency, as of one instant; and today in that zone (UTC when the zone is unknown or not a
 * real one), which a promise's day is checked against.
 */
import { todayIn, type PlainDate } from '../calendar/calendar';
import { isValidTimeZone } from '../history/localTime';
import { readerLocaleFor } from './message-text';
import { readCustomerMessage } from './read';
import type { CommentReading } from './view';

/** What the host knows about the customer who wrote. */
export interface MessageAuthor {
  /** BCP 47 language tag, when known. */
  language?: string | undefined;
  /** IANA time zone, when known. */
  timeZone?: string | undefined;
  /** ISO 4217 code an amount without one is priced in, when known. */
  currency?: string | undefined;
}

/** A reader for `author`'s messages as of `now`, and today in their zone. */
export function messageReader(
  author: MessageAuthor,
  now: Date,
): { today: PlainDate; read: (commentId: string, text: string) => CommentReading } {
  const { timeZone, currency } = author;
  const zone = timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : undefined;
  const options = {
    locale: readerLocaleFor(author.language),
    now: now.getTime(),
    ...(zone === undefined ? {} : { timeZone: zone }),
    ...(currency ? { currency } : {}),
  };
  return {
    today: todayIn(now, zone ?? 'UTC'),
    read: (commentId, text) => ({ commentId, reading: readCustomerMessage(text, options) }),
  };
}
