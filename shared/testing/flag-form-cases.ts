/**
 * The flag form cases every host is tested against: `shared/history/flag-form.test.ts` checks them
 * on `flagChange`, and each host's `flag-form-cases.test.tsx` drives them through its real form
 * (choose, type, press Set or Clear). A rule changed in shared/history/flag-form.ts changes them once.
 */
import type { FlagFormProblem } from '../history/flag-form';
import type { FlagKind } from '../history/flag-kinds';

/** What the agent chose and typed before pressing Set, and what the form then says or sends. */
export interface FlagFormCase {
  name: string;
  kind?: FlagKind;
  reason: string;
  /** The problems shown, in form order; empty means the flag is changed with `reason` trimmed. */
  problems: FlagFormProblem['code'][];
  /**
   * The chosen flag is on already: the form's button reads Clear and clears it, on every host
   * (otherwise it reads Set and sets it).
   */
  chosenIsOn?: boolean;
}

export const flagFormCases: readonly FlagFormCase[] = [
  { name: 'nothing chosen or typed', reason: '', problems: ['choose-flag', 'reason-required'] },
  {
    name: 'a flag without a reason',
    kind: 'do-not-call',
    reason: '  ',
    problems: ['reason-required'],
  },
  { name: 'a reason without a flag', reason: 'Asked by email', problems: ['choose-flag'] },
  { name: 'a flag and a reason', kind: 'dispute', reason: ' Disputes the charge ', problems: [] },
  {
    name: 'a flag already on and a reason: the button clears it',
    kind: 'dispute',
    reason: ' Dispute resolved ',
    problems: [],
    chosenIsOn: true,
  },
];
