/**
 * What the contact guards say in this sidebar, for the outcomes page's guard counts (issue 17). A
 * ticket sidebar is one iframe per ticket, so the module holds that ticket's guards. The history
 * panel (beside a ticket) and the new-ticket outreach panel (for the chosen requester) report each
 * render's guards here; a channel newly saying "not now" is counted once per ticket (or, on a new
 * ticket, requester), channel and day (the writer's event id), and the tone panel's save hook asks
 * whether the reply goes out while the email guard says "not now" (a public reply reaches the
 * requester by email: the channel it is a contact on).
 */
import type { GuardView, ShownGuardChannel } from '../../../shared/history/view';
import { outcomesSettingsFromZendeskParameters } from './outcome-parameters';
import type { ZendeskHost } from './connect';

type RecordingHost = Pick<ZendeskHost, 'client' | 'http' | 'retry' | 'clock' | 'settings'>;

let closed: ReadonlySet<ShownGuardChannel> = new Set();
/** Subjects and channels whose "not now" this sidebar already wrote: a re-render writes nothing. */
const reported = new Set<string>();

/** The channel a public reply is a contact on. */
export const replyChannel: ShownGuardChannel = 'email';

/** True when the guard for `channel` says "not now" (or until a flag is cleared) right now. */
export function guardSaysNotNow(channel: ShownGuardChannel): boolean {
  return closed.has(channel);
}

/**
 * Takes the guards just shown; counts each channel's first "not now" in this sidebar. `subject`
 * is what a "not now" counts once for: the ticket when absent, or `customer-<id>` on a new ticket.
 */
export function noteGuards(
  host: RecordingHost,
  guards: readonly GuardView[],
  subject?: string,
): void {
  closed = new Set(guards.filter((guard) => guard.state !== 'allowed').map((g) => g.channel));
  const { recordToneEvents } = outcomesSettingsFromZendeskParameters(host.settings.raw);
  if (!recordToneEvents) return;
  for (const channel of closed) {
    const key = `${subject ?? 'ticket'}-${channel}`;
    if (reported.has(key)) continue;
    reported.add(key);
    void import('./record-day-events')
      .then(({ recordGuardSave }) => recordGuardSave(host, 'not-now', channel, subject))
      .catch(() => console.warn('Tactful: guard event not recorded'));
  }
}

/** Counts a public reply saved while the reply's channel guard says "not now". */
export function noteReplyAgainstGuard(host: RecordingHost): void {
  if (!guardSaysNotNow(replyChannel)) return;
  void import('./record-day-events')
    .then(({ recordGuardSave }) => recordGuardSave(host, 'contact-against-guard', replyChannel))
    .catch(() => console.warn('Tactful: guard event not recorded'));
}
