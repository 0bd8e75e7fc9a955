/**
 * Records one sent reply's tone counts in the agent's day record (`tactful_tone_event`), after the
 * `ticket.save` hook has answered: loaded on the first save (the writer and its schema are not needed
 * to paint the sidebar), never awaited by the save, and a failure only logged: the reply matters,
 * the count does not. Counts only, never the reply's text.
 */
import { todayIn } from '../../../shared/calendar/calendar';
import { toneSendOf, type ToneSendTally } from '../../../shared/outcomes/tone-send-tally';
import type { ToneResult } from '../../../shared/tone/types';
import type { ZendeskHost } from './connect';
import { notNowEventId, type GuardEventKind } from '../../../shared/outcomes/guard-day-counts';
import { readSendScope, recordDayEvent } from './tone-events';

/** A save's own id: the ticket, the moment and a random part (two tabs never share one). */
function saveId(ticketId: string | undefined, now: Date): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `${ticketId ?? 'new'}-${now.getTime().toString(36)}-${random}`;
}

type RecordingHost = Pick<ZendeskHost, 'client' | 'http' | 'retry' | 'clock' | 'settings'>;

/**
 * Who is writing, where and when: the agent, the ticket's brand and assigned group (the team the
 * day counts under), a fresh save id and the team's calendar day (the installation's time zone, as
 * the outcomes page's "today"); undefined (logged) when the sidebar cannot say.
 */
async function recordingScope(host: RecordingHost, what: string) {
  const scope = await readSendScope(host.client);
  if (!scope.ok) {
    console.warn(`Tactful: ${what} not recorded`, scope.error.code);
    return undefined;
  }
  const now = host.clock.now();
  return {
    ticketId: scope.value.ticketId,
    day: {
      agent: scope.value.agent,
      ...(scope.value.brand === undefined ? {} : { brandOrOwner: scope.value.brand }),
      ...(scope.value.group === undefined ? {} : { team: scope.value.group }),
      date: todayIn(now, host.settings.defaultTimeZone ?? 'UTC'),
    },
    saveId: saveId(scope.value.ticketId, now),
  };
}

export async function recordToneSave(
  host: RecordingHost,
  tally: ToneSendTally,
  sent: ToneResult,
): Promise<void> {
  const scope = await recordingScope(host, 'tone event');
  if (scope === undefined) return;
  const send = toneSendOf(tally, sent, { ...scope.day, sendId: scope.saveId });
  const written = await recordDayEvent(host.http, host.retry, send);
  if (!written.ok) console.warn('Tactful: tone event not recorded', written.error.code);
}

/**
 * Records a guard event on the agent's day record: a guard's "not now" for `channel` (counted once
 * per ticket or requester, channel and day), or a public reply saved while the guard for `channel` said "not now"
 * (counted once per save).
 */
export async function recordGuardSave(
  host: RecordingHost,
  kind: GuardEventKind,
  channel: string,
  /** What a "not now" counts once for (see guard-notice.ts); the ticket when absent. */
  subject?: string,
): Promise<void> {
  const scope = await recordingScope(host, 'guard event');
  if (scope === undefined) return;
  const written = await recordDayEvent(host.http, host.retry, {
    ...scope.day,
    kind,
    eventId:
      kind === 'not-now'
        ? notNowEventId(subject ?? scope.ticketId ?? 'new', channel, scope.day.date)
        : `against-${channel}-${scope.saveId}`,
  });
  if (!written.ok) console.warn('Tactful: guard event not recorded', written.error.code);
}
