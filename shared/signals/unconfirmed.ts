/**
 * Flags the customer's words suggest that the agent has not set yet (issue 20: the new-ticket
 * sidebar and the contact guards "respect flags that were suggested but not yet confirmed by
 * warning, not blocking"). Decided once for both hosts: a suggestion never blocks, it warns.
 */
import { flagKinds, type FlagKind } from '../history/flag-kinds';
import type { SignalsView } from './view';

/** A suggested flag not yet set, with the words and message behind it (the newest first). */
export interface UnconfirmedFlag {
  flag: FlagKind;
  excerpt: string;
  messageId: string;
}

/**
 * The flags `view` suggests that are not on in `flagStates`, once each, in the vocabulary's order,
 * each with the first (safety-ordered) signal that suggested it.
 */
export function unconfirmedFlags(
  view: SignalsView,
  flagStates: Readonly<Partial<Record<FlagKind, boolean>>>,
): UnconfirmedFlag[] {
  const first = new Map<FlagKind, UnconfirmedFlag>();
  for (const item of view.items) {
    for (const flag of item.suggestedFlags) {
      if (flagStates[flag] === true || first.has(flag)) continue;
      first.set(flag, { flag, excerpt: item.excerpt, messageId: item.commentId });
    }
  }
  return flagKinds.flatMap((flag) => {
    const found = first.get(flag);
    return found === undefined ? [] : [found];
  });
}
