/**
 * The customer flag a signal suggests (issue 20: "one click to set the matching flag"), decided
 * once for both hosts. A channel opt-out suggests one flag per channel the history guards know
 * (calls, texts, email); letters, messaging apps and visits have no flag yet, so none is offered.
 */
import type { FlagKind } from '../history/flag-kinds';
import type { ContactChannel } from './kinds';
import type { Signal } from './types';

const channelFlags: Readonly<Partial<Record<ContactChannel, FlagKind>>> = {
  phone: 'do-not-call',
  text: 'do-not-sms',
  email: 'do-not-email',
};

/** The flags setting `signal` would record; none for kinds that call for care, not a flag. */
export function suggestedFlags(signal: Signal): FlagKind[] {
  switch (signal.kind) {
    case 'cease':
    case 'dispute':
    case 'bankruptcy':
    case 'breathing-space':
    case 'deceased':
      return [signal.kind];
    case 'vulnerability':
      return ['vulnerable'];
    case 'channel-opt-out':
      return (signal.channels ?? []).flatMap((channel) => {
        const flag = channelFlags[channel];
        return flag === undefined ? [] : [flag];
      });
    default:
      return [];
  }
}
