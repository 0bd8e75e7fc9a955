/**
 * Contact-guard counts (issue 17), kept on the same per-agent-per-day record as the tone counts
 * (`ToneDayCounts`), so a host writes one record a day for both. A guard event is either a guard
 * saying "not now" to the agent, or a contact the agent made while one did. Each event has an id
 * the host makes stable for what it should count once (a "not now": the ticket, the guard's channel
 * and the day; a contact: the save), kept in the day's recent ids beside the send ids, so a repeated
 * or retried event never counts twice.
 */
import type { PlainDate } from '../calendar/calendar';
import type { RecordScope } from './records';
import { openDay, recentSendLimit, type ToneDayCounts } from './tone-day-counts';

/** What a guard event counts. */
export type GuardEventKind = 'not-now' | 'contact-against-guard';

export interface GuardEvent extends RecordScope {
  readonly kind: GuardEventKind;
  /** Stable for what counts once (see the file comment). */
  readonly eventId: string;
  /** The team's calendar date of the event. */
  readonly date: PlainDate;
}

/** The id of a "not now" that counts once per ticket, guard channel and day. */
export function notNowEventId(ticketId: string, channel: string, date: PlainDate): string {
  return `not-now-${ticketId}-${channel}-${date}`;
}

/**
 * The day's counts with `event` added, or `unchanged: true` when the day already counted it. `day`
 * is the stored record (undefined when none exists yet), of the event's agent and date.
 */
export function addGuardEventToDay(
  day: ToneDayCounts | undefined,
  event: GuardEvent,
): { day: ToneDayCounts; unchanged: boolean } {
  const { current, seen } = openDay(day, event, event.eventId);
  if (seen) return { day: current, unchanged: true };
  const notNow = current.notNow ?? 0;
  const contactsAgainstGuard = current.contactsAgainstGuard ?? 0;
  return {
    unchanged: false,
    day: {
      ...current,
      notNow: notNow + (event.kind === 'not-now' ? 1 : 0),
      contactsAgainstGuard: contactsAgainstGuard + (event.kind === 'contact-against-guard' ? 1 : 0),
      recentSends: [...current.recentSends, event.eventId].slice(-recentSendLimit),
    },
  };
}
