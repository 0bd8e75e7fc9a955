/**
 * From what the account manager typed to the options they compare: reads the affordability form
 * (amounts as people type them in their locale), asks `suggestPlans`, and describes each option as
 * text ready to render. Pure: today, the balance and the policy come in.
 */
import type { PlainDate } from '../../../../../../shared/calendar/calendar';
import { formatDate } from '../../../../../../shared/calendar/display';
import type { ClosedDays } from '../../../../../../shared/calendar/closed-days';
import { formatMoney, type Money } from '../../../../../../shared/money/money';
import {
  capacityFromForm,
  frequencies,
  longerPlanNotices,
  suggestPlans,
  type Capacity,
  type CapacityField,
  type CapacityForm,
  type CapacityProblem,
  type Frequency,
  type LongerPlanNeeded,
  type PlanOption,
  type Policy,
  type PolicyRule,
} from '../../../../../../shared/plans';
import { createTranslator } from '../../../../../../shared/i18n';
import { describePlanWhy } from '../../../../../../shared/plans/why';
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

/** One option as the account manager compares it. */
export interface OptionView {
  id: string;
  kind: string;
  frequency: string;
  count: number;
  /** "12 × $104.17, last $104.13" or "$1,250.00". */
  payments: string;
  firstDue: string;
  endDate: string;
  total: string;
  /** Empty when there is no discount. */
  discount: string;
  withinPolicy: boolean;
  /** What the option breaks, one phrase each; empty when within policy. */
  breaks: string[];
  /** Undefined when no affordability figure was given. */
  affordable?: boolean;
  why: string;
  /** The customer-facing summary, in the customer's language. */
  summary: string;
  option: PlanOption;
}

const kindWords: Record<PlanOption['kind'], string> = {
  'pay-in-full': 'Pay in full',
  instalments: 'Instalments',
  settlement: 'Settlement',
};

/** How often, for the agent. */
export const frequencyWords: Record<Frequency | 'once', string> = {
  once: 'One payment',
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  semimonthly: 'Twice a month',
  monthly: 'Monthly',
};

/** Frequencies as Select options. */
export const frequencyOptions = frequencies.map((value) => ({
  label: frequencyWords[value],
  value,
}));

/** True for one of the four frequencies (a Select hands back any value). */
export function isFrequencyValue(value: unknown): value is Frequency {
  return (frequencies as readonly unknown[]).includes(value);
}

function ruleWords(rule: PolicyRule, policy: Policy, locale: string): string {
  switch (rule) {
    case 'minInstalment':
      return `Payments below the ${formatMoney(policy.minInstalment, locale)} minimum`;
    case 'maxTermMonths':
      return `Longer than the ${policy.maxTermMonths}-month maximum term`;
    case 'firstPaymentWithinDays':
      return `First payment more than ${policy.firstPaymentWithinDays} days away`;
  }
}

/** The card's field for each field of the shared capacity form. */
const formFields: Record<CapacityField, FormField> = {
  amount: 'amount',
  income: 'monthlyIncome',
  outgoings: 'monthlyOutgoings',
};

/** What the agent is asked for in each field, inside "Enter … as an amount". */
const fieldWords: Record<CapacityField, string> = {
  amount: 'what the customer can pay',
  income: 'the monthly income',
  outgoings: 'the essential outgoings',
};

/** The words for a field the form rules refused (`shared/plans/view`). */
function problemWords(problem: CapacityProblem, context: PlanContext): FormProblem {
  const field = formFields[problem.field];
  switch (problem.error) {
    case 'zero':
      return { field, message: 'Enter an amount above zero.' };
    case 'no-surplus':
      return {
        field,
        message:
          'Nothing is left after essential outgoings: do not set up a plan; talk about breathing space or debt advice.',
      };
    case 'required':
    case 'malformed':
    case 'negative': {
      const { currency } = context.balance;
      const example = formatMoney({ minor: 10000n, currency }, context.userLocale);
      return {
        field,
        message: `Enter ${fieldWords[problem.field]} as an amount in ${currency}, for example ${example}.`,
      };
    }
  }
}

/** The capacity the form describes; undefined when the agent has not entered one yet. */
export function readCapacity(
  form: AffordabilityForm,
  context: PlanContext,
): Result<Capacity | undefined, FormProblem[]> {
  if (form.mode === 'none') return ok(undefined);
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
  if (blank) return ok(undefined);
  const capacity = capacityFromForm(typed, context.userLocale, context.balance.currency);
  if (!capacity.ok) return err(capacity.error.map((problem) => problemWords(problem, context)));
  return capacity;
}

/** The options for the form, described for the agent; or what to fix in the form. */
export function planOptionsFor(
  form: AffordabilityForm,
  context: PlanContext,
): Result<PlanOptions, FormProblem[]> {
  const capacity = readCapacity(form, context);
  if (!capacity.ok) return capacity;
  const suggested = suggestPlans({
    balance: context.balance,
    today: context.today,
    locale: context.customerLocale,
    policy: context.policy,
    ...(capacity.value ? { capacity: capacity.value } : {}),
    ...(context.closedDays ? { closedDays: context.closedDays } : {}),
  });
  if (!suggested.ok) {
    const { field, message } = suggested.error;
    const formField: FormField = field.startsWith('capacity.')
      ? (capacityFields[field] ?? 'amount')
      : 'plan';
    return err([{ field: formField, message }]);
  }
  const options = suggested.value.options.map((option) => describeOption(option, context));
  const longer = longerPlanNotices(suggested.value).map((notice) => ({
    frequency: notice.frequency,
    words: longerPlanWords(notice, context.userLocale),
  }));
  return ok({ options, anyFits: suggested.value.anyFits, longer });
}

/** "Needs a longer plan than policy allows (monthly): …", for one frequency. */
export function longerPlanWords(notice: LongerPlanNeeded, locale: string): string {
  const money = (amount: Money) => formatMoney(amount, locale);
  return (
    `Needs a longer plan than policy allows (${frequencyWords[notice.frequency].toLowerCase()}): ` +
    `to finish within ${notice.maxTermMonths} months, each payment would be ${money(notice.paymentNeeded)}, ` +
    `${money(notice.shortfall)} more than the customer can afford (${money(notice.affordable)}).`
  );
}

const capacityFields: Record<string, FormField> = {
  'capacity.amount': 'amount',
  'capacity.monthlyIncome': 'monthlyIncome',
  'capacity.monthlyEssentialOutgoings': 'monthlyOutgoings',
};

/** One option as text for the agent's locale. */
export function describeOption(option: PlanOption, context: PlanContext): OptionView {
  const locale = context.userLocale;
  const money = (amount: Money) => formatMoney(amount, locale);
  const regularCount = option.count - (option.downPayment ? 1 : 0);
  const parts: string[] = [];
  if (option.downPayment) parts.push(`${money(option.downPayment)} down`);
  if (option.count === 1) parts.push(money(option.total));
  else if (option.finalAmount.minor === option.regularAmount.minor) {
    parts.push(`${regularCount} × ${money(option.regularAmount)}`);
  } else {
    parts.push(
      `${regularCount - 1} × ${money(option.regularAmount)}, last ${money(option.finalAmount)}`,
    );
  }
  return {
    id: option.id,
    kind: kindWords[option.kind],
    frequency: frequencyWords[option.frequency],
    count: option.count,
    payments: parts.join(', then '),
    firstDue: formatDate(option.firstDue, locale),
    endDate: formatDate(option.endDate, locale),
    total: money(option.total),
    discount: option.discount.minor > 0n ? money(option.discount) : '',
    withinPolicy: option.withinPolicy,
    breaks: option.breaks.map((rule) => ruleWords(rule, context.policy, locale)),
    ...(option.affordable === undefined ? {} : { affordable: option.affordable }),
    why: describePlanWhy(option, createTranslator(locale), locale),
    summary: option.summary,
    option,
  };
}
