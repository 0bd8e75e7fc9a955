/**
 * Records one sent reply's tone counts in the agent's day record (`tactful_tone_event`), after the
 * `ticket.save` hook has answered: loaded on the first save (the writer and its schema are not needed
 * to paint the sidebar), never awaited by the save, and a failure only logged: the reply matters,
 * the count does not. Counts only, never the reply's text.
 */
import { todayIn } from '../../../../../shared/calendar/calendar';
import { toneSendOf, type ToneSendTally } from '../../../../../shared/outcomes/tone-send-tally';
import type { ToneResult } from '../../../../../shared/tone/types';
import type { ZendeskHost } from '../../../host/connect';
import { readSendScope, recordToneSend } from '../../../host/tone-events';

/** A save's own id: the ticket, the moment and a random part (two tabs never share one). */
function saveId(ticketId: string | undefined, now: Date): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `${ticketId ?? 'new'}-${now.getTime().toString(36)}-${random}`;
}

export async function recordToneSave(
  host: Pick<ZendeskHost, 'client' | 'http' | 'retry' | 'clock' | 'settings'>,
  tally: ToneSendTally,
  sent: ToneResult,
): Promise<void> {
  const scope = await readSendScope(host.client);
  if (!scope.ok) {
    console.warn('Tactful: tone event not recorded', scope.error.code);
    return;
  }
  const now = host.clock.now();
  const send = toneSendOf(tally, sent, {
    agent: scope.value.agent,
    ...(scope.value.brand === undefined ? {} : { brandOrOwner: scope.value.brand }),
    // The ticket's assigned group at the save: the team the day counts under.
    ...(scope.value.group === undefined ? {} : { team: scope.value.group }),
    sendId: saveId(scope.value.ticketId, now),
    // The team's calendar day: the installation's time zone, as the outcomes page's "today".
    date: todayIn(now, host.settings.defaultTimeZone ?? 'UTC'),
  });
  const written = await recordToneSend(host.http, host.retry, send);
  if (!written.ok) console.warn('Tactful: tone event not recorded', written.error.code);
}
