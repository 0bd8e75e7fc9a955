/**
 * The plans panel's choice, the same for every host: the affordability form as the agent types it,
 * what it gives (option cards, "needs a longer plan" notices, or what to fix, in words), which
 * option starts chosen, and when Accept is open. Hosts keep the state and render it.
 */
import type { Translate } from '../i18n';
import { err, ok, type Result } from '../ports';
import type { Frequency } from './frequency';
import type { PlanOption } from './option';
import type { PlanRequest } from './suggest';
import { suggestFromForm, type CapacityField, type CapacityForm } from './view';
import { longerPlanText, optionCard, type FormatDay, type OptionCard } from './view-words';

/** How the customer's means are given: an amount per period, their monthly budget, or not yet. */
export const capacityModes = ['per-period', 'income-and-expenditure', 'none'] as const;
/** One of {@link capacityModes}. */
export type CapacityMode = (typeof capacityModes)[number];

/** The affordability form as typed: every field kept while the agent switches mode. */
export interface PlanForm {
  readonly mode: CapacityMode;
  /** What the customer can pay each `per` period. */
  readonly amount: string;
  readonly per: Frequency;
  readonly income: string;
  readonly outgoings: string;
}

/** A blank form: no affordability figure yet. */
export const blankPlanForm: PlanForm = {
  mode: 'per-period',
  amount: '',
  per: 'monthly',
  income: '',
  outgoings: '',
};

/** The amounts each mode asks for, in the order they are shown (a per-period amount also asks how often). */
export const capacityFieldsOf = {
  'per-period': ['amount'],
  'income-and-expenditure': ['income', 'outgoings'],
  none: [],
} as const satisfies Record<CapacityMode, readonly CapacityField[]>;

/**
 * The capacity the form describes for the core; undefined is no figure yet (mode "not known", or
 * every amount of the mode blank), so the options use the policy's lowest payments.
 */
export function capacityFormOf(form: PlanForm): CapacityForm | undefined {
  if (form.mode === 'none') return undefined;
  if (form.mode === 'per-period') {
    return form.amount.trim() === ''
      ? undefined
      : { mode: form.mode, amount: form.amount, per: form.per };
  }
  const blank = form.income.trim() === '' && form.outgoings.trim() === '';
  return blank ? undefined : { mode: form.mode, income: form.income, outgoings: form.outgoings };
}

/** Where a problem is shown: on one amount field, or about the plan as a whole. */
export type PlanProblemField = CapacityField | 'plan';

/** What to fix, in words, and where. */
export interface PlanProblem {
  readonly field: PlanProblemField;
  readonly text: string;
}

/** One option as the chooser offers it. */
export interface OptionChoice {
  readonly id: string;
  /** Title, facts, policy and why, in the agent's words. */
  readonly card: OptionCard;
  /** The customer-facing summary, in the customer's language. */
  readonly summary: string;
  readonly option: PlanOption;
}

/** The options for a form, the "needs a longer plan" notices, and whether any plan fits. */
export interface PlanChoices {
  readonly options: readonly OptionChoice[];
  readonly anyFits: boolean;
  readonly longer: readonly { readonly frequency: Frequency; readonly text: string }[];
}

/** The core's request fields that are amounts of the form. */
const requestFields: Readonly<Record<string, CapacityField>> = {
  'capacity.amount': 'amount',
  'capacity.monthlyIncome': 'income',
  'capacity.monthlyEssentialOutgoings': 'outgoings',
};

/** How the chooser words and dates what it shows. */
export interface ChoiceWords {
  readonly t: Translate;
  /** The agent's locale: amounts they type, amounts and dates they read. */
  readonly locale: string;
  readonly formatDay?: FormatDay;
}

/** The options for what the agent typed, in their words; or what to fix. */
export function planChoices(
  form: PlanForm,
  request: Omit<PlanRequest, 'capacity'>,
  { t, locale, formatDay }: ChoiceWords,
): Result<PlanChoices, readonly PlanProblem[]> {
  const suggested = suggestFromForm(capacityFormOf(form), request, locale);
  if (!suggested.ok) {
    const failed = suggested.error;
    if (failed.kind === 'form') {
      return err(
        failed.problems.map(({ field, error }) => ({
          field,
          text: t(`plans.fieldErrors.${error}`),
        })),
      );
    }
    const { field, message } = failed.error;
    return err([{ field: requestFields[field] ?? 'plan', text: message }]);
  }
  const { options, anyFits, longer } = suggested.value;
  return ok({
    options: options.map((option) => ({
      id: option.id,
      card: optionCard(option, t, locale, formatDay),
      summary: option.summary,
      option,
    })),
    anyFits,
    longer: longer.map((notice) => ({
      frequency: notice.frequency,
      text: longerPlanText(notice, t, locale),
    })),
  });
}

/** The problem shown on `field`, if any. */
export function problemOn(
  problems: readonly PlanProblem[],
  field: PlanProblemField,
): string | undefined {
  return problems.find((problem) => problem.field === field)?.text;
}

/** The option a chooser starts on: the first within policy that the customer can afford. */
export function preselectedOption<T extends { readonly option: PlanOption }>(
  options: readonly T[],
): T | undefined {
  return options.find(({ option }) => option.withinPolicy && option.affordable !== false);
}

/** Where recording the chosen plan stands, as far as Accept cares. */
export interface AcceptProgress {
  readonly status: string;
  /** The option saved or being saved. */
  readonly optionId?: string;
}

/**
 * Why Accept is closed for `option`, or undefined when open: an option outside policy is
 * escalated, never accepted here; a save under way is not started twice; an option already
 * recorded would only replay the same write.
 */
export function acceptClosed(
  progress: AcceptProgress,
  option: { readonly id: string; readonly withinPolicy: boolean },
): 'outside-policy' | 'saving' | 'recorded' | undefined {
  if (!option.withinPolicy) return 'outside-policy';
  if (progress.status === 'saving') return 'saving';
  return progress.status === 'saved' && progress.optionId === option.id ? 'recorded' : undefined;
}

/** What the chooser shows for the form's choices and the option the agent picked. */
export interface ChooserView {
  readonly options: readonly OptionChoice[];
  /** What to fix, by field (shown on the amount fields). */
  readonly problems: readonly PlanProblem[];
  /** What is wrong with the plan as a whole, shown above the options. */
  readonly planProblem: string | undefined;
  readonly longer: PlanChoices['longer'];
  /** Options were found and none is within policy and affordable. */
  readonly nothingFits: boolean;
  /** The option the summary, Insert and Accept are for. */
  readonly chosen: OptionChoice | undefined;
}

/**
 * The chooser's view of `choices` (undefined before the form is first sent) with `pickedId` picked.
 * With `preselect`, a chooser with nothing picked starts on `preselectedOption` (the HubSpot card's
 * list); without it (the Zendesk cards), nothing is chosen until the agent picks.
 */
export function chooserView(
  choices: Result<PlanChoices, readonly PlanProblem[]> | undefined,
  pickedId: string | undefined,
  preselect: boolean,
): ChooserView {
  const options = choices?.ok ? choices.value.options : [];
  const problems = choices?.ok === false ? choices.error : [];
  const picked = options.find((option) => option.id === pickedId);
  return {
    options,
    problems,
    planProblem: problemOn(problems, 'plan'),
    longer: choices?.ok ? choices.value.longer : [],
    nothingFits: choices?.ok === true && !choices.value.anyFits,
    chosen: picked ?? (preselect ? preselectedOption(options) : undefined),
  };
}
