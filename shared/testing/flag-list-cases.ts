/**
 * The flag list cases every host is tested against: `shared/history/view.test.ts` checks them on
 * `flagsView` and `setFlagLine`, and each host's `flag-list-cases.test.tsx` drives them through its
 * real flags panel (the Zendesk flag log's lines, the card's flags from our backend). A rule changed
 * in shared/history/view.ts (which flags show, in what order, what their line says) changes them once.
 */
import type { FlagKind, FlagRaiser } from '../history/flag-kinds';

/** A flag as both hosts can hold it: set on a day, by someone, for a reason (maybe blank). */
export interface ListedFlag {
  kind: FlagKind;
  /** The day it was set: a Zendesk log line's instant is 15:00 UTC that day, the same day anywhere the seed's customers live. */
  since: string;
  raisedBy: FlagRaiser;
  reason: string;
}

/** The customer's set flags as held, and the kinds the panel lists, in order. */
export interface FlagListCase {
  name: string;
  flags: ListedFlag[];
  listed: FlagKind[];
}

export const flagListCases: readonly FlagListCase[] = [
  { name: 'no flag set: none listed', flags: [], listed: [] },
  {
    name: 'two flags: listed in the vocabulary’s order, each with when, who and why',
    flags: [
      { kind: 'dispute', since: '2026-11-02', raisedBy: 'court', reason: 'Order 123' },
      {
        kind: 'do-not-call',
        since: '2026-11-01',
        raisedBy: 'third-party',
        reason: 'Asked by their adviser',
      },
    ],
    listed: ['do-not-call', 'dispute'],
  },
  {
    name: 'a flag set without a reason on record: its line stops at who raised it',
    flags: [{ kind: 'vulnerable', since: '2026-11-03', raisedBy: 'agent', reason: '' }],
    listed: ['vulnerable'],
  },
];
