/**
 * Facts that stop or narrow contact: the one vocabulary of flag kinds. The guards' reason codes,
 * the settings' field keys, the HubSpot contract and properties, and both hosts' words are keyed by
 * these spellings; nothing translates between spellings by hand.
 */

import { isOneOf } from '../vocabulary/one-of';

export const flagKinds = [
  'cease',
  'do-not-call',
  'do-not-email',
  'do-not-sms',
  'dispute',
  'bankruptcy',
  'breathing-space',
  'deceased',
  'vulnerable',
] as const;
/** The kind of a flag on the customer. */
export type FlagKind = (typeof flagKinds)[number];

/** True when `text` is a flag kind as spelled in {@link flagKinds}. */
export const isFlagKind = isOneOf(flagKinds);

/**
 * Who raised a flag (on whose word it is set): asked on the flag form on every host, kept with the
 * flag (HubSpot's flag source property, the Zendesk flag log's line), said in its list line.
 */
export const flagRaisers = ['customer', 'agent', 'third-party', 'court'] as const;
/** One of {@link flagRaisers}. */
export type FlagRaiser = (typeof flagRaisers)[number];

/** Whose word a flag rests on when nobody said: the customer's (a request is their own words). */
export const defaultFlagRaiser: FlagRaiser = 'customer';
