/** Settings flag names to the flag kinds contact guards use (shared/history). */
import type { FlagKind } from '../history/events';
import type { ContactFlag } from './settings';

/** The guard's kind for each mapped flag: `doNotCall` is `do-not-call`, and so on. */
export const flagKindOf: Readonly<Record<ContactFlag, FlagKind>> = {
  cease: 'cease',
  doNotCall: 'do-not-call',
  doNotEmail: 'do-not-email',
  doNotSms: 'do-not-sms',
  dispute: 'dispute',
  bankruptcy: 'bankruptcy',
  breathingSpace: 'breathing-space',
  deceased: 'deceased',
  vulnerable: 'vulnerable',
};
