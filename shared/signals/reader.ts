/**
 * How a host reads one customer's messages, the same on both: in the customer's language, time zone
 * and currency; each message as of the instant it was written, so "on Friday" in last Monday's
 * email is that week's Friday, not the one after today; and today in that zone (UTC when the zone
 * is unknown or not a real one), which a promise's day is checked against.
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

/** A reader for `author`'s messages, and today (as of `now`) in their zone. */
export function messageReader(
  author: MessageAuthor,
  now: Date,
): {
  today: PlainDate;
  /** `writtenAt`: when the message was written (ISO 8601); `now` when absent or not a date. */
  read: (commentId: string, text: string, writtenAt?: string) => CommentReading;
} {
  const { timeZone, currency } = author;
  const zone = timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : undefined;
  const options = {
    locale: readerLocaleFor(author.language),
    ...(zone === undefined ? {} : { timeZone: zone }),
    ...(currency ? { currency } : {}),
  };
  return {
    today: todayIn(now, zone ?? 'UTC'),
    read: (commentId, text, writtenAt) => {
      const written = writtenAt === undefined ? Number.NaN : Date.parse(writtenAt);
      // A message cannot be written after it is read: a clock ahead of ours reads as now.
      const at = Number.isNaN(written) ? now.getTime() : Math.min(written, now.getTime());
      return { commentId, reading: readCustomerMessage(text, { ...options, now: at }) };
    },
  };
}
