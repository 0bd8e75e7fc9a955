/**
 * The capacity form's rules, the same for every host: what the agent typed about what the customer
 * can afford becomes a `Capacity`, or one error code per field that cannot be used; and which
 * "needs a longer plan" notices to show. Hosts map the codes to their words.
 */
import { parseLocalized, type Money } from '../money/money';
import { err, ok, type Result } from '../ports';
import type { Capacity } from './affordability';
import type { ChooserView } from './choice';
import type { Emphasis } from '../view/emphasis';
import type { Frequency } from './frequency';
import type { PlanHealth, PromiseState } from './promises';
import {
  suggestPlans,
  type LongerPlanNeeded,
  type PlanOption,
  type PlanRequest,
  type PlanRequestError,
  type PlanSuggestions,
} from './suggest';

/** What the agent typed about affordability, as text. */
export type CapacityForm =
  | { mode: 'per-period'; amount: string; per: Frequency }
  | { mode: 'income-and-expenditure'; income: string; outgoings: string };

/** The form's amount fields. */
export type CapacityField = 'amount' | 'income' | 'outgoings';

/**
 * Why a field cannot be used: blank, not an amount, below zero, zero (a plan of zero payments never
 * ends), or income at or below essential outgoings (nothing is left to pay with: no plan, talk
 * about breathing space or debt advice instead; reported on the outgoings field).
 */
export const capacityFieldErrors = [
  'required',
  'malformed',
  'negative',
  'zero',
  'no-surplus',
] as const;

/** One of {@link capacityFieldErrors}. */
export type CapacityFieldError = (typeof capacityFieldErrors)[number];

/** A field and why its value cannot be used. */
export interface CapacityProblem {
  field: CapacityField;
  error: CapacityFieldError;
}

/** Parses an amount typed in `locale`; blank, malformed and negative are problems. */
function amountFrom(
  text: string,
  field: CapacityField,
  locale: string,
  currency: string,
): Result<Money, CapacityProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return err({ field, error: 'required' });
  const parsed = parseLocalized(trimmed, locale, currency);
  if (!parsed.ok) return err({ field, error: 'malformed' });
  if (parsed.value.minor < 0n) return err({ field, error: 'negative' });
  return parsed;
}

/**
 * The capacity the form describes, or every field that cannot be used (in form order). Amounts are
 * read in the agent's `locale` as `currency`.
 */
export function capacityFromForm(
  form: CapacityForm,
  locale: string,
  currency: string,
): Result<Capacity, CapacityProblem[]> {
  if (form.mode === 'per-period') {
    const amount = amountFrom(form.amount, 'amount', locale, currency);
    if (!amount.ok) return err([amount.error]);
    if (amount.value.minor === 0n) return err([{ field: 'amount', error: 'zero' }]);
    return ok({ kind: 'per-period', amount: amount.value, per: form.per });
  }
  const income = amountFrom(form.income, 'income', locale, currency);
  const outgoings = amountFrom(form.outgoings, 'outgoings', locale, currency);
  if (!income.ok || !outgoings.ok) {
    return err([income, outgoings].flatMap((read) => (read.ok ? [] : [read.error])));
  }
  if (income.value.minor <= outgoings.value.minor) {
    return err([{ field: 'outgoings', error: 'no-surplus' }]);
  }
  return ok({
    kind: 'income-and-expenditure',
    monthlyIncome: income.value,
    monthlyEssentialOutgoings: outgoings.value,
  });
}

/**
 * What the plans panel says about plans the policy's maximum term is too short for, one per
 * frequency (code and values; hosts write the words): only when no instalment plan fits, since a
 * fitting plan on screen already answers the agent.
 */
export function longerPlanNotices(
  suggestions: Pick<PlanSuggestions, 'anyFits' | 'needsLongerPlan'>,
): readonly LongerPlanNeeded[] {
  return suggestions.anyFits ? [] : suggestions.needsLongerPlan;
}

/** The options the plans panel offers for a form, with its "needs a longer plan" notices. */
export interface FormSuggestions {
  readonly options: readonly PlanOption[];
  readonly anyFits: boolean;
  readonly longer: readonly LongerPlanNeeded[];
}

/** Why there are no options: fields of the form to fix, or a request the core refused. */
export type FormSuggestionsError =
  | { readonly kind: 'form'; readonly problems: readonly CapacityProblem[] }
  | { readonly kind: 'request'; readonly error: PlanRequestError };

/**
 * The plans panel's options for what the agent typed, read in `agentLocale` in the balance's
 * currency; `form` undefined is no figure yet, so the options use the policy's lowest payments.
 */
export function suggestFromForm(
  form: CapacityForm | undefined,
  request: Omit<PlanRequest, 'capacity'>,
  agentLocale: string,
): Result<FormSuggestions, FormSuggestionsError> {
  const capacity =
    form === undefined ? undefined : capacityFromForm(form, agentLocale, request.balance.currency);
  if (capacity?.ok === false) return err({ kind: 'form', problems: capacity.error });
  const suggested = suggestPlans(capacity ? { ...request, capacity: capacity.value } : request);
  if (!suggested.ok) return err({ kind: 'request', error: suggested.error });
  const { options, anyFits } = suggested.value;
  return ok({ options, anyFits, longer: longerPlanNotices(suggested.value) });
}

/** How each promise is marked: kept or not, and a pending one is a plain fact. */
export const promiseStateEmphasis = {
  pending: 'info',
  kept: 'good',
  'partly-kept': 'caution',
  broken: 'bad',
  cancelled: 'muted',
} as const satisfies Record<PromiseState, Emphasis>;

/** How the current plan's health is marked. */
export const planHealthEmphasis = {
  'on-track': 'good',
  'at-risk': 'caution',
  broken: 'bad',
} as const satisfies Record<PlanHealth, Emphasis>;

/** What the chooser says above the options: what is wrong with the plan, or why none fits. */
export type ChooserNotice =
  | { readonly code: 'plan-problem'; readonly key: string; readonly text: string }
  /** Options were found, and none is within policy and affordable. */
  | { readonly code: 'nothing-fits'; readonly key: string }
  | { readonly code: 'needs-longer-plan'; readonly key: string; readonly text: string };

/**
 * The chooser's notices in the order shown, the same on every host: the plan's problem, that nothing
 * fits (so the agent knows why no option stands out), and each "needs a longer plan". `key` tells
 * the notices apart: `problem`, `nothing-fits`, `needs-longer-plan-<frequency>`.
 */
export function chooserNotices(
  view: Pick<ChooserView, 'planProblem' | 'nothingFits' | 'longer'>,
): ChooserNotice[] {
  const notices: ChooserNotice[] = [];
  if (view.planProblem)
    notices.push({ code: 'plan-problem', key: 'problem', text: view.planProblem });
  if (view.nothingFits) notices.push({ code: 'nothing-fits', key: 'nothing-fits' });
  for (const { frequency, text } of view.longer) {
    notices.push({ code: 'needs-longer-plan', key: `needs-longer-plan-${frequency}`, text });
  }
  return notices;
}
