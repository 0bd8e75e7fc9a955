/**
 * What the contact guards say on this card, for the outcomes page's guard counts (issue 17). The
 * history panel reports the guards it shows; a channel newly saying "not now" is posted once per
 * card open, and the backend counts it once per agent, contact, channel and day (the event id). When
 * the agent copies a draft to send it (the card's "send", as for tone events) while the email guard
 * says "not now", that is a contact against the guard, counted once per copy. Ids and counts only:
 * never the draft.
 */
import { todayIn, type PlainDate } from '../../../../shared/calendar/calendar';
import type { Clock } from '../../../../shared/ports';
import { notNowEventId, type GuardEventKind } from '../../../../shared/outcomes/guard-day-counts';
import type { GuardView, ShownGuardChannel } from '../../../../shared/history/view';
import type { BackendClient } from '../host/backend-client';
import { recordGuardEvent } from '../host/outcomes';

/** The channel a copied draft is a contact on: the card writes replies to be emailed. */
export const copiedDraftChannel: ShownGuardChannel = 'email';

/** The card's guard watch: told what the guards say, and when a draft goes out. */
export interface GuardWatch {
  /** The guards the history panel just showed for the card's contact. */
  shown(guards: readonly GuardView[]): void;
  /** The agent copied a draft to send (`sendId`: the tone event's id for that copy). */
  draftCopied(sendId: string): void;
}

/** A watch for one open of the card on `contactId`, with days in the portal's `timeZone`. */
export function createGuardWatch(options: {
  backend: BackendClient;
  clock: Clock;
  contactId: string;
  timeZone: string;
}): GuardWatch {
  const { backend, clock, contactId, timeZone } = options;
  let closed: ReadonlySet<ShownGuardChannel> = new Set();
  /** Channels whose "not now" this open already posted: a re-render posts nothing. */
  const reported = new Set<string>();
  const post = (kind: GuardEventKind, eventId: (date: PlainDate) => string) => {
    const date = todayIn(clock.now(), timeZone);
    recordGuardEvent(backend, { kind, eventId: eventId(date), date });
  };
  return {
    shown(guards) {
      closed = new Set(guards.filter((g) => g.state !== 'allowed').map((g) => g.channel));
      for (const channel of closed) {
        if (reported.has(channel)) continue;
        reported.add(channel);
        post('not-now', (date) => notNowEventId(contactId, channel, date));
      }
    },
    draftCopied(sendId) {
      if (!closed.has(copiedDraftChannel)) return;
      post('contact-against-guard', () => `against-${copiedDraftChannel}-${sendId}`);
    },
  };
}
