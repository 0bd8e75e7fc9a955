/**
 * Contact-guard counts (issue 17), kept on the same per-agent-per-day record as the tone counts
 * (`ToneDayCounts`), so a host writes one record a day for both. A guard event is either a guard
 * saying "not now" to the agent, or a contact the agent made while one did. Each event has an id
 * the host makes stable for what it should count once (a "not now": the ticket, the guard's channel
 * and the day; a contact: the save), kept in the day's recent ids beside the send ids, so a repeated
 * or retried event never counts twice.
 */
import type { PlainDate } from '../calendar/calendar';
import type { GuardDayRecord, RecordScope, ToneDayRecord } from './records';
import { addEventToDay, type ToneDayCounts } from './tone-day-counts';

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
  return addEventToDay(day, event, event.eventId, (current) => ({
    ...current,
    notNow: (current.notNow ?? 0) + (event.kind === 'not-now' ? 1 : 0),
    contactsAgainstGuard:
      (current.contactsAgainstGuard ?? 0) + (event.kind === 'contact-against-guard' ? 1 : 0),
  }));
}

/**
 * Stored day counts as the records the outcomes aggregate: a tone day where something was checked or
 * sent, and a guard day where a guard said "not now" or was contacted against (a day may be both).
 * Every host reads its stored days through this, so the two figures split the same way everywhere.
 */
export function outcomeDaysOf(days: readonly ToneDayCounts[]): {
  toneDays: ToneDayRecord[];
  guardDays: GuardDayRecord[];
} {
  const toneDays: ToneDayRecord[] = [];
  const guardDays: GuardDayRecord[] = [];
  for (const day of days) {
    const {
      verdicts: _verdicts,
      recentSends: _recentSends,
      notNow = 0,
      contactsAgainstGuard = 0,
      ...counts
    } = day;
    // A day that holds only guard events has no tone row to show.
    if (counts.sends > 0 || counts.draftsChecked > 0) toneDays.push(counts);
    if (notNow > 0 || contactsAgainstGuard > 0) {
      const { agent, team, brandOrOwner, date } = counts;
      guardDays.push({
        agent,
        ...(team === undefined ? {} : { team }),
        ...(brandOrOwner === undefined ? {} : { brandOrOwner }),
        date,
        notNow,
        contactsAgainstGuard,
      });
    }
  }
  return { toneDays, guardDays };
}
