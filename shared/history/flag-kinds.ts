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
