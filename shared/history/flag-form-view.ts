/**
 * The flag form's buttons and requests, the same for every host: what a press of Set (or a set
 * flag's own Clear) and another panel's request do to the form, and what each control says now.
 */
import type { Translate } from '../i18n/translate';
import {
  flagChange,
  flagProblemText,
  flagRequestAction,
  type FlagChange,
  type FlagForm,
  type FlagFormEvent,
} from './flag-form';
import type { FlagKind } from './flag-kinds';

/**
 * A press: the form learns it was tried (so it shows what is missing), and the change to send when
 * the form is complete. `isOn` is the customer's flags as they are: the form's button sets a chosen
 * flag that is off and clears one that is on (its label is `flagButtonKey`), on every host; a
 * layout may add a Clear beside each set flag (`clearing`: the flag whose own Clear was pressed).
 */
export function flagPress(
  form: FlagForm,
  isOn: (kind: FlagKind) => boolean,
  clearing?: FlagKind,
): { event: FlagFormEvent; change: FlagChange | undefined } {
  const change = clearing ? flagChange(form, () => true, clearing) : flagChange(form, isOn);
  const event: FlagFormEvent = { type: 'tried', ...(clearing ? { clearing } : {}) };
  return { event, change: change.ok ? change.value : undefined };
}

/**
 * Another panel's request: a flag to set now (see `flagRequestAction`), or the form filled for
 * the agent to review.
 */
export function flagRequestStep(
  request: {
    readonly flag: FlagKind;
    readonly reason: string;
    readonly setNow?: boolean | undefined;
  },
  isOn: (kind: FlagKind) => boolean,
): { set: FlagChange } | { review: FlagFormEvent } {
  const { flag: kind, reason } = request;
  return flagRequestAction(request, isOn) === 'set'
    ? { set: { kind, on: true, reason } }
    : { review: { type: 'review', kind, reason } };
}

/** The message under each control now, in `t`'s words (undefined where nothing is wrong). */
export function flagFormProblems(
  form: FlagForm,
  t: Translate,
): { flag: string | undefined; reason: string | undefined } {
  return { flag: flagProblemText(form, 'flag', t), reason: flagProblemText(form, 'reason', t) };
}
