/**
 * From what the account manager typed to the options they compare: reads the affordability form
 * (amounts as people type them in their locale), asks `suggestPlans`, and describes each option as
 * text ready to render. Pure: today, the balance and the policy come in.
 */
import type { PlainDate } from '../../../../../../shared/calendar/calendar';
import { formatDate } from '../../../../../../shared/calendar/display';
import type { ClosedDays } from '../../../../../../shared/calendar/closed-days';
import type { Money } from '../../../../../../shared/money/money';
import {
  suggestFromForm,
  type CapacityField,
  type CapacityForm,
  type Frequency,
  type PlanOption,
  type Policy,
} from '../../../../../../shared/plans';
import type { Translate } from '../../../../../../shared/i18n';
import {
  longerPlanText,
  optionCard,
  type OptionCard,
} from '../../../../../../shared/plans/view-words';
import { err, ok, type Result } from '../../../../../../shared/ports';

/** How the customer's means are given: an amount per period, or their monthly budget. */
export const capacityModes = ['none', 'amount', 'budget'] as const;
/** One of {@link capacityModes}. */
export type CapacityMode = (typeof capacityModes)[number];

/** The affordability form as typed. */
export interface AffordabilityForm {
  mode: CapacityMode;
  /** What the customer can pay each `per` period. */
  amount: string;
  per: Frequency;
  monthlyIncome: string;
  monthlyOutgoings: string;
}

/** A blank form: no affordability figure yet (options use the policy's lowest payments). */
export const blankAffordabilityForm: AffordabilityForm = {
  mode: 'amount',
  amount: '',
  per: 'monthly',
  monthlyIncome: '',
  monthlyOutgoings: '',
};

/** The form fields a message can be attached to. */
export type FormField = 'amount' | 'monthlyIncome' | 'monthlyOutgoings' | 'plan';

/** A message to show on one field. */
export interface FormProblem {
  field: FormField;
  message: string;
}

/** Everything the options depend on besides the form. */
export interface PlanContext {
  balance: Money;
  today: PlainDate;
  policy: Policy;
  /** The agent's locale: amounts they type and the dates they read. */
  userLocale: string;
  /** The customer's locale: the summary they are sent. */
  customerLocale: string;
  /** Public holidays of the portal's country and its closure days; none when not set. */
  closedDays?: ClosedDays;
}

/** The options, and what it would take where the policy's term is too short (one line each). */
export interface PlanOptions {
  options: OptionView[];
  anyFits: boolean;
  longer: { frequency: Frequency; words: string }[];
}

/** One option as the account manager compares it: the shared option card and the summary. */
export interface OptionView {
  id: string;
  /** Title, facts, policy and why, worded once for both hosts (shared/plans/view-words). */
  card: OptionCard;
  withinPolicy: boolean;
  /** Undefined when no affordability figure was given. */
  affordable?: boolean;
  /** The customer-facing summary, in the customer's language. */
  summary: string;
  option: PlanOption;
}

/** The card's field for each field of the shared capacity form. */
const formFields: Record<CapacityField, FormField> = {
  amount: 'amount',
  income: 'monthlyIncome',
  outgoings: 'monthlyOutgoings',
};

/** The shared capacity form the card's form describes; undefined when no figure is entered yet. */
function typedCapacity(form: AffordabilityForm): CapacityForm | undefined {
  if (form.mode === 'none') return undefined;
  const typed: CapacityForm =
    form.mode === 'amount'
      ? { mode: 'per-period', amount: form.amount, per: form.per }
      : {
          mode: 'income-and-expenditure',
          income: form.monthlyIncome,
          outgoings: form.monthlyOutgoings,
        };
  // A blank form is no figure yet: the options use the policy's lowest payments.
  const blank =
    typed.mode === 'per-period'
      ? typed.amount.trim() === ''
      : typed.income.trim() === '' && typed.outgoings.trim() === '';
  return blank ? undefined : typed;
}

/** The options for the form, worded in `t`'s language; or what to fix in the form. */
export function planOptionsFor(
  form: AffordabilityForm,
  context: PlanContext,
  t: Translate,
): Result<PlanOptions, FormProblem[]> {
  const suggested = suggestFromForm(
    typedCapacity(form),
    {
      balance: context.balance,
      today: context.today,
      locale: context.customerLocale,
      policy: context.policy,
      ...(context.closedDays ? { closedDays: context.closedDays } : {}),
    },
    context.userLocale,
  );
  if (!suggested.ok) {
    const failed = suggested.error;
    // The same words as the Zendesk sidebar's for the same rule.
    if (failed.kind === 'form') {
      return err(
        failed.problems.map((problem) => ({
          field: formFields[problem.field],
          message: t(`plans.fieldErrors.${problem.error}`),
        })),
      );
    }
    const { field, message } = failed.error;
    const formField = field.startsWith('capacity.') ? (capacityFields[field] ?? 'amount') : 'plan';
    return err([{ field: formField, message }]);
  }
  const locale = context.userLocale;
  const options = suggested.value.options.map((option): OptionView => ({
    id: option.id,
    card: optionCard(option, t, locale, formatDate),
    withinPolicy: option.withinPolicy,
    ...(option.affordable === undefined ? {} : { affordable: option.affordable }),
    summary: option.summary,
    option,
  }));
  const longer = suggested.value.longer.map((notice) => ({
    frequency: notice.frequency,
    words: longerPlanText(notice, t, locale),
  }));
  return ok({ options, anyFits: suggested.value.anyFits, longer });
}

const capacityFields: Record<string, FormField> = {
  'capacity.amount': 'amount',
  'capacity.monthlyIncome': 'monthlyIncome',
  'capacity.monthlyEssentialOutgoings': 'monthlyOutgoings',
};
