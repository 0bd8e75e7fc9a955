/**
 * The normalised contact timeline: one shape for every touch, whichever host it came from.
 * Host adapters map their records to these types; the core never sees a host type.
 */
import type { FlagKind } from './flag-kinds';

export { flagKinds, type FlagKind } from './flag-kinds';

/** Every channel a contact event can arrive on. */
export const eventChannels = [
  'call',
  'email',
  'sms',
  'letter',
  'meeting',
  'note',
  'ticket',
  'payment',
  'promise',
  'plan',
] as const;
/** The channel of one event: a touch (call, email, ...) or an account fact (payment, promise, plan). */
export type EventChannel = (typeof eventChannels)[number];

/** Channels that are a touch between us and the customer (notes, payments, promises and plans are not). */
export const touchChannels = ['call', 'email', 'sms', 'letter', 'meeting', 'ticket'] as const;
/** A channel that counts as contact in the summary's 7- and 30-day counts. */
export type TouchChannel = (typeof touchChannels)[number];

/** The channels a contact guard judges: the ways an agent can reach out. */
export const guardChannels = ['call', 'email', 'sms', 'letter'] as const;
/** A channel an agent can use to reach out, judged by `contactAllowedAt`. */
export type GuardChannel = (typeof guardChannels)[number];

/** Who started the touch: the customer (inbound) or us (outbound). */
export const directions = ['inbound', 'outbound'] as const;
/** Who started the touch. */
export type Direction = (typeof directions)[number];

/** How a touch ended. `conversation` means a live exchange with a person. */
export const outcomes = [
  'conversation',
  'no-answer',
  'busy',
  'voicemail',
  'left-message',
  'bounced',
  'failed',
  'sent',
  'delivered',
  'opened',
  'replied',
  'unknown',
] as const;
/** How a touch ended. */
export type Outcome = (typeof outcomes)[number];

/** The states of a promise to pay, given by the caller (the plans module decides them). */
export const promiseStates = ['pending', 'kept', 'partly-kept', 'broken', 'cancelled'] as const;
/** The state of a promise to pay. */
export type PromiseState = (typeof promiseStates)[number];

/** A promise to pay as the timeline sees it: its state and the calendar date it is due. */
export interface PromiseInfo {
  readonly state: PromiseState;
  /** Calendar date (YYYY-MM-DD) in the customer's time zone. */
  readonly dueDate: string;
}

/** One touch or account fact on the customer's timeline. */
export interface ContactEvent {
  /** Stable id from the host (ticket comment id, engagement id); promises with the same id replace each other. */
  readonly id: string;
  /** When it happened: an ISO 8601 instant with offset or `Z`. */
  readonly at: string;
  readonly channel: EventChannel;
  readonly direction: Direction;
  readonly outcome: Outcome;
  /** True when we reached the customer themself; `false` when someone else answered. Unknown counts as them. */
  readonly rightParty?: boolean;
  /** Who handled it on our side (agent name or id), for display. */
  readonly who?: string;
  /** A short plain-text excerpt, for display only (render as text). */
  readonly excerpt?: string;
  /** Whether the touch was about the debt; unknown counts as yes (the safe reading for call limits). */
  readonly aboutDebt?: boolean;
  /** A call placed with the customer's prior consent: it does not count towards the 7-in-7 call limit. */
  readonly consentToCall?: boolean;
  /** Present on `promise` events: the promise's state and due date. */
  readonly promise?: PromiseInfo;
}

/** A fact that stops or narrows contact, with where it came from and since when. */
export interface Flag {
  readonly kind: FlagKind;
  /** When it took effect: an ISO 8601 instant, or a calendar date (start of that day, customer's zone). */
  readonly since: string;
  /** When it ends (same formats); absent means until someone clears it. Breathing space defaults to 60 days. */
  readonly until?: string;
  /** Where the flag came from (agent, letter, court notice, host field), for the audit trail. */
  readonly source: string;
  readonly reason?: string;
}
