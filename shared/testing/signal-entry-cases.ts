/**
 * The signal entry cases every host is tested against: `shared/signals/entry-cases.test.ts` checks
 * them on `signalEntryView`, and each host's signals test drives them through its real section. A
 * rule changed in shared/signals/view.ts (a flag's state, the promise's tags, when a promise to pay
 * is offered) changes these expectations once, for all three. Every case is read at the hosts' test
 * moment, Wednesday 25 November 2026, for a customer in the US whose account is in dollars.
 */
import type { FlagKind } from '../history/flag-kinds';
import type { SignalKind } from '../signals/kinds';

/** The hosts' test moment (their clocks), and the zone the core reads the cases in. */
export const signalEntryCaseNow = '2026-11-25T15:00:00.000Z';
export const signalEntryCaseZone = 'America/Chicago';

/** One English message, the flags its customer has, and what its first signal shows. */
export interface SignalEntryCase {
  name: string;
  text: string;
  /** Flags the customer has already. */
  setFlags: FlagKind[];
  /** The first signal's kind. */
  kind: SignalKind;
  /** Its suggested flags in order: a Set button, or a note that the customer has it already. */
  flags: { flag: FlagKind; alreadySet: boolean }[];
  /** The promise's tags as an agent in en-US reads them, in order; none when no promise. */
  promiseTags: string[];
  /** Whether the one-click promise to pay is offered. */
  promiseToPay: boolean;
  /** Whether the entry says the day the customer named has passed (every host does). */
  dayHasPassed: boolean;
  /**
   * The day the agent looks, when later than the day the message was read (a host reads and shows
   * on the same day, so only a host whose reply can be served, the card's backend, drives it).
   */
  viewedOn?: string;
}

/** Both flag states, a promise complete enough to offer, one that is not, and one already late. */
export const signalEntryCases: readonly SignalEntryCase[] = [
  {
    name: 'a cease the customer has not had set offers Set flag',
    text: 'Stop contacting me.',
    setFlags: [],
    kind: 'cease',
    flags: [{ flag: 'cease', alreadySet: false }],
    promiseTags: [],
    promiseToPay: false,
    dayHasPassed: false,
  },
  {
    name: 'a cease already set says so, with no button',
    text: 'Stop contacting me.',
    setFlags: ['cease'],
    kind: 'cease',
    flags: [{ flag: 'cease', alreadySet: true }],
    promiseTags: [],
    promiseToPay: false,
    dayHasPassed: false,
  },
  {
    name: 'a work opt-out offers Do not call, whatever other flag is set',
    text: 'Please stop calling me at work.',
    setFlags: ['dispute'],
    kind: 'channel-opt-out',
    flags: [{ flag: 'do-not-call', alreadySet: false }],
    promiseTags: [],
    promiseToPay: false,
    dayHasPassed: false,
  },
  {
    name: 'an amount and a day: both tags and a promise to pay, due this Friday',
    text: 'I can pay $50 on Friday.',
    setFlags: [],
    kind: 'promise',
    flags: [],
    promiseTags: ['Amount: $50.00', 'Due: Nov 27, 2026'],
    promiseToPay: true,
    dayHasPassed: false,
  },
  {
    name: 'an amount without a day: its tag, and no promise to pay',
    text: 'I can pay $50.',
    setFlags: [],
    kind: 'promise',
    flags: [],
    promiseTags: ['Amount: $50.00'],
    promiseToPay: false,
    dayHasPassed: false,
  },
  {
    name: 'a day that has passed: the amount, no due day or promise to pay, and a note to agree a new date',
    text: 'I can pay $50 on Friday.',
    setFlags: [],
    kind: 'promise',
    flags: [],
    promiseTags: ['Amount: $50.00'],
    promiseToPay: false,
    dayHasPassed: true,
    viewedOn: '2026-11-30',
  },
];
