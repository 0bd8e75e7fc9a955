/**
 * What the contact guards say in this sidebar, for the outcomes page's guard counts (issue 17). A
 * ticket sidebar is one iframe per ticket, so the module holds that ticket's guards. The history
 * panel reports each render's guards here; a channel newly saying "not now" is counted once per
 * ticket, channel and day (the writer's event id), and the tone panel's save hook asks whether the
 * reply goes out while the email guard says "not now" (a public reply reaches the requester by
 * email: the channel it is a contact on).
 */
import type { GuardView, ShownGuardChannel } from '../../../../../shared/history/view';
import { outcomesSettingsFromZendeskParameters } from '../../../host/outcome-parameters';
import type { ZendeskHost } from '../../../host/connect';

type RecordingHost = Pick<ZendeskHost, 'client' | 'http' | 'retry' | 'clock' | 'settings'>;

let closed: ReadonlySet<ShownGuardChannel> = new Set();
/** Channels whose "not now" this sidebar already wrote: a re-render writes nothing. */
const reported = new Set<ShownGuardChannel>();

/** The channel a public reply is a contact on. */
export const replyChannel: ShownGuardChannel = 'email';

/** True when the guard for `channel` says "not now" (or until a flag is cleared) right now. */
export function guardSaysNotNow(channel: ShownGuardChannel): boolean {
  return closed.has(channel);
}

/** Takes the guards just shown; counts each channel's first "not now" in this sidebar. */
export function noteGuards(host: RecordingHost, guards: readonly GuardView[]): void {
  closed = new Set(guards.filter((guard) => guard.state !== 'allowed').map((g) => g.channel));
  const { recordToneEvents } = outcomesSettingsFromZendeskParameters(host.settings.raw);
  if (!recordToneEvents) return;
  for (const channel of closed) {
    if (reported.has(channel)) continue;
    reported.add(channel);
    void import('../tone/record-tone-send')
      .then(({ recordGuardSave }) => recordGuardSave(host, 'not-now', channel))
      .catch(() => console.warn('Tactful: guard event not recorded'));
  }
}

/** Counts a public reply saved while the reply's channel guard says "not now". */
export function noteReplyAgainstGuard(host: RecordingHost): void {
  if (!guardSaysNotNow(replyChannel)) return;
  void import('../tone/record-tone-send')
    .then(({ recordGuardSave }) => recordGuardSave(host, 'contact-against-guard', replyChannel))
    .catch(() => console.warn('Tactful: guard event not recorded'));
}
