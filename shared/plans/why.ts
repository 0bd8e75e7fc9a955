/**
 * Why an option was suggested, as a code and values (the core never writes the sentence), and the
 * one renderer every host and the CLI use to put it, and what to heed about the option, into words
 * through the catalog (`plans.why.*`, `plans.rules.*`).
 */
import type { MessageKey, Translate } from '../i18n';
import { formatMoney, type Money } from '../money/money';
import type { Frequency } from './frequency';
import type { PlanOption } from './option';
import type { PolicyRule } from './policy';

/** The reasons an option is suggested for. */
export const planWhyCodes = [
  'pay-in-full',
  'settlement',
  'lowest-allowed',
  'no-surplus',
  'shortest-affordable',
  'affordable-outside-policy',
] as const;
/** One of {@link planWhyCodes}. */
export type PlanWhyCode = (typeof planWhyCodes)[number];

/** Why an option was suggested, with what the sentence mentions. */
export interface PlanWhy {
  readonly code: PlanWhyCode;
  /** How often an instalment plan is paid. */
  readonly frequency?: Frequency;
  /** True when the instalments come after the policy's down payment. */
  readonly afterDownPayment?: boolean;
  /** Fees and interest waived so the plan fits. */
  readonly waived?: Money;
  /** A settlement's discount: the policy's maximum, in percent. */
  readonly discountPercent?: number;
}

const ruleKeys: Record<PolicyRule, MessageKey> = {
  minInstalment: 'plans.rules.minInstalment',
  maxTermMonths: 'plans.rules.maxTermMonths',
  firstPaymentWithinDays: 'plans.rules.firstPaymentWithinDays',
};

/**
 * The option's explanation for the agent in `t`'s language, amounts in `locale`: why it was
 * suggested, then what to heed (more than the customer can pay at once, a last payment under the
 * minimum, the policy rules it breaks).
 */
export function describePlanWhy(
  option: Pick<PlanOption, 'why' | 'frequency' | 'affordable' | 'finalBelowMinimum' | 'breaks'>,
  t: Translate,
  locale: string,
): string {
  const { why } = option;
  const sentences = [
    t(`plans.why.${why.code}`, {
      frequency: why.frequency ?? 'monthly',
      percent: why.discountPercent ?? 0,
    }),
  ];
  if (why.afterDownPayment === true) sentences.push(t('plans.why.afterDownPayment'));
  if (why.waived !== undefined) {
    sentences.push(t('plans.why.waived', { amount: formatMoney(why.waived, locale) }));
  }
  if (option.frequency === 'once' && option.affordable === false) {
    sentences.push(t('plans.why.overCapacity'));
  }
  if (option.finalBelowMinimum) sentences.push(t('plans.why.finalBelowMinimum'));
  if (option.breaks.length > 0) {
    const rules = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      option.breaks.map((rule) => t(ruleKeys[rule])),
    );
    sentences.push(t('plans.why.breaks', { rules }));
  }
  return sentences.join(' ');
}
