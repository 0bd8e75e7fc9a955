/**
 * The history view-model cases every host is tested against: `shared/history/view.test.ts` checks
 * them on `historyView`, and each host's `history-view-cases.test.tsx` drives them through its real
 * panel. A rule changed in shared/history/view.ts changes these expectations once, for all three.
 * The cases need no timeline (each host's own seed supplies one), only a zone, a moment and flags.
 */
import type { FlagKind, GuardCode } from '../history';
import type { GuardState, NudgeView, ShownGuardChannel } from '../history/view';

/** The moment every case is seen at: 9:00 in Chicago, midnight in Tokyo. */
export const historyCaseNow = '2026-11-25T15:00:00.000Z';

/** A customer (zone and flags) and what the history panel shows for them. */
export interface HistoryViewCase {
  name: string;
  /** The customer's IANA zone: Zendesk's seed has a customer in each of these. */
  timeZone: 'America/Chicago' | 'Asia/Tokyo';
  flags: FlagKind[];
  guards: Record<ShownGuardChannel, { state: GuardState; reasons: GuardCode[] }>;
  /** The nudge, when the case decides it whatever the timeline. */
  nudge?: Pick<NudgeView, 'kind' | 'stopFlags'>;
}

const every = (state: GuardState, reasons: GuardCode[]) => ({
  call: { state, reasons },
  email: { state, reasons },
  sms: { state, reasons },
});

/** Quiet hours, one channel's flag, and a flag that stops everything. */
export const historyViewCases: readonly HistoryViewCase[] = [
  {
    name: 'midnight for the customer: every channel not now, for quiet hours',
    timeZone: 'Asia/Tokyo',
    flags: [],
    guards: every('not-now', ['quiet-hours']),
  },
  {
    name: 'do not call: calls closed until the flag is cleared, email and SMS open',
    timeZone: 'America/Chicago',
    flags: ['do-not-call'],
    guards: {
      call: { state: 'until-cleared', reasons: ['do-not-call'] },
      email: { state: 'allowed', reasons: [] },
      sms: { state: 'allowed', reasons: [] },
    },
  },
  {
    name: 'a dispute: every channel closed until it is cleared, and the nudge says stop',
    timeZone: 'America/Chicago',
    flags: ['dispute'],
    guards: every('until-cleared', ['dispute']),
    nudge: { kind: 'stop', stopFlags: ['dispute'] },
  },
];
