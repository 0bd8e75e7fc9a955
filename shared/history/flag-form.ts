/**
 * The flag form, the same for every host: which flag the agent chose (none until they pick one:
 * setting a flag is always deliberate), the reason they typed, what a press of Set or Clear asks
 * for, and why it cannot be sent yet, as codes. Both hosts keep this state with `flagFormStep`
 * and word the codes from the shared catalog.
 */
import type { Translate } from '../i18n/translate';
import { defaultFlagRaiser, flagKinds, type FlagKind, type FlagRaiser } from './flag-kinds';

/** Longest reason kept with a flag (one line of the flag log, one note). */
export const flagReasonMaxLength = 500;

/** What the agent has filled in. */
export interface FlagForm {
  readonly kind: FlagKind | undefined;
  readonly reason: string;
  /** The agent pressed Set or Clear once: from then on the form shows what is missing. */
  readonly tried: boolean;
  /** The flag whose own Clear was pressed last (each set flag has one), if any. */
  readonly clearing?: FlagKind;
  /** Who the agent says raised the flag; absent is {@link defaultFlagRaiser} (see `raiserOf`). */
  readonly raisedBy?: FlagRaiser;
}

/** Who raised the flag the form sets: the agent's choice, else the customer. */
export const raiserOf = (form: FlagForm): FlagRaiser => form.raisedBy ?? defaultFlagRaiser;

/** `form` with `raisedBy` kept from `from` (choosing a flag or pressing keeps the agent's choice). */
const keepRaiser = (form: FlagForm, from: FlagForm): FlagForm =>
  from.raisedBy === undefined ? form : { ...form, raisedBy: from.raisedBy };

/** A fresh form: nothing chosen, no reason. */
export const blankFlagForm: FlagForm = { kind: undefined, reason: '', tried: false };

/** What the agent did to the form. */
export type FlagFormEvent =
  | { readonly type: 'choose'; readonly kind: FlagKind }
  | { readonly type: 'reason'; readonly reason: string }
  | { readonly type: 'raisedBy'; readonly raisedBy: FlagRaiser }
  /** Another panel (the customer's signals) filled it in for the agent to read and press Set. */
  | { readonly type: 'review'; readonly kind: FlagKind; readonly reason: string }
  | { readonly type: 'tried'; readonly clearing?: FlagKind }
  /** The change was saved: the form starts over, so the next change never inherits this reason. */
  | { readonly type: 'saved' };

/** The form after `event`. */
export function flagFormStep(form: FlagForm, event: FlagFormEvent): FlagForm {
  switch (event.type) {
    case 'choose':
      return keepRaiser({ kind: event.kind, reason: form.reason, tried: form.tried }, form);
    case 'reason':
      return { ...form, reason: event.reason };
    case 'raisedBy':
      return { ...form, raisedBy: event.raisedBy };
    case 'review':
      // The request is the customer's own words, so they raised it, whatever was chosen before.
      return { kind: event.kind, reason: event.reason, tried: false };
    case 'tried':
      return keepRaiser(
        {
          kind: form.kind,
          reason: form.reason,
          tried: true,
          ...(event.clearing ? { clearing: event.clearing } : {}),
        },
        form,
      );
    case 'saved':
      return blankFlagForm;
  }
}

/** Why a change cannot be sent: which control to fix. */
export type FlagFormProblem =
  | { readonly field: 'flag'; readonly code: 'choose-flag' }
  | { readonly field: 'reason'; readonly code: 'reason-required' | 'reason-too-long' };

/** A change to send: the flag, on or off, and the reason trimmed. */
export interface FlagChange {
  readonly kind: FlagKind;
  readonly on: boolean;
  readonly reason: string;
}

/**
 * What pressing the button asks for: the chosen flag switched (`isOn` says whether it is set now),
 * or `kind` switched off (a flag's own Clear); else every problem, in form order. Every change
 * needs a reason: it is kept with the flag, and a flag never changes without one.
 */
export function flagChange(
  form: FlagForm,
  isOn: (kind: FlagKind) => boolean,
  kind: FlagKind | undefined = form.kind,
): { ok: true; value: FlagChange } | { ok: false; error: readonly FlagFormProblem[] } {
  const reason = form.reason.trim();
  const problems: FlagFormProblem[] = [];
  if (kind === undefined) problems.push({ field: 'flag', code: 'choose-flag' });
  if (reason === '') problems.push({ field: 'reason', code: 'reason-required' });
  if (reason.length > flagReasonMaxLength)
    problems.push({ field: 'reason', code: 'reason-too-long' });
  if (kind === undefined || problems.length > 0) return { ok: false, error: problems };
  return { ok: true, value: { kind, on: !isOn(kind), reason } };
}

/** The problems to show now: none before the agent first pressed the button. */
export function shownFlagProblems(form: FlagForm): readonly FlagFormProblem[] {
  const change = flagChange(form, () => false, form.clearing ?? form.kind);
  return form.tried && !change.ok ? change.error : [];
}

/** The message key for a problem (the catalog words it; `max` for the too-long one). */
export const flagProblemKeys = {
  'choose-flag': 'history.flags.choose',
  'reason-required': 'history.flags.reasonRequired',
  'reason-too-long': 'history.flags.reasonTooLong',
} as const;

/** What to show under `field` now, in `t`'s words; undefined when nothing is wrong there. */
export function flagProblemText(
  form: FlagForm,
  field: FlagFormProblem['field'],
  t: Translate,
): string | undefined {
  const problem = shownFlagProblems(form).find((shown) => shown.field === field);
  return problem && t(flagProblemKeys[problem.code], { max: flagReasonMaxLength });
}

/** The flag picker's options, every flag named with whether the customer has it now. */
export function flagOptionWords(
  t: Translate,
  isOn: (kind: FlagKind) => boolean,
): { kind: FlagKind; label: string }[] {
  return flagKinds.map((kind) => {
    const state = isOn(kind) ? t('history.flags.on') : t('history.flags.off');
    return { kind, label: `${t(`history.flags.name.${kind}`)} (${state})` };
  });
}

/** What the form's one button does: Clear for a chosen flag that is set, else Set. */
export function flagButtonKey(
  form: FlagForm,
  isOn: (kind: FlagKind) => boolean,
): 'history.flags.clear' | 'history.flags.set' {
  return form.kind !== undefined && isOn(form.kind) ? 'history.flags.clear' : 'history.flags.set';
}

/**
 * What another panel's request to the form (a signal's one-click Set flag) does: set the flag at
 * once when the agent asked for that and the customer does not have it (a request never clears
 * one), else fill the form for the agent to review and press Set.
 */
export function flagRequestAction(
  request: { readonly flag: FlagKind; readonly setNow?: boolean | undefined },
  isOn: (kind: FlagKind) => boolean,
): 'set' | 'review' {
  return request.setNow === true && !isOn(request.flag) ? 'set' : 'review';
}
