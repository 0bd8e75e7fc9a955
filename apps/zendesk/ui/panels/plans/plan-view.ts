/**
 * The plan panel's view models: options as columns of formatted cells for side-by-side comparison,
 * and the current plan's promises with their states. Plain data in the agent's locale.
 */
import { formatLongDate } from '../../../../../shared/calendar/calendar';
import { formatMoney } from '../../../../../shared/money/money';
import type {
  LongerPlanNeeded,
  PlanHealth,
  PlanOption,
  PolicyRule,
  PromiseEvaluation,
  PromiseState,
} from '../../../../../shared/plans';
import { describePlanWhy } from '../../../../../shared/plans/why';
import type { TranslationKey, Translate } from '../../i18n';

/** One option as the comparison table shows it. */
export interface OptionColumn {
  id: string;
  /** "Pay in full", "Monthly instalments", "Settlement". */
  title: string;
  frequency: string;
  count: string;
  regular: string;
  final: string;
  first: string;
  last: string;
  total: string;
  discount: string;
  /** "Within policy", or what it breaks / that it is more than the customer can afford. */
  policy: string;
  withinPolicy: boolean;
  why: string;
}

const ruleKeys: Record<PolicyRule, TranslationKey> = {
  minInstalment: 'plans.rules.minInstalment',
  maxTermMonths: 'plans.rules.maxTermMonths',
  firstPaymentWithinDays: 'plans.rules.firstPaymentWithinDays',
};

const frequencyKeys: Record<PlanOption['frequency'], TranslationKey> = {
  once: 'plans.frequencies.once',
  weekly: 'plans.frequencies.weekly',
  biweekly: 'plans.frequencies.biweekly',
  semimonthly: 'plans.frequencies.semimonthly',
  monthly: 'plans.frequencies.monthly',
};

function titleOf(option: PlanOption, t: Translate): string {
  if (option.kind === 'pay-in-full') return t('plans.kinds.pay-in-full');
  if (option.kind === 'settlement') return t('plans.kinds.settlement');
  return t('plans.kinds.instalments', { frequency: t(frequencyKeys[option.frequency]) });
}

/** The comparison column for one option. */
export function optionColumn(option: PlanOption, t: Translate, locale: string): OptionColumn {
  const money = (amount: PlanOption['total']) => formatMoney(amount, locale);
  const problems = option.breaks.map((rule) => t(ruleKeys[rule]));
  if (option.affordable === false) problems.push(t('plans.rules.unaffordable'));
  return {
    id: option.id,
    title: titleOf(option, t),
    frequency: t(frequencyKeys[option.frequency]),
    count: String(option.count),
    regular: money(option.regularAmount),
    final: money(option.finalAmount),
    first: formatLongDate(option.firstDue, locale),
    last: formatLongDate(option.endDate, locale),
    total: money(option.total),
    discount: money(option.discount),
    policy: option.withinPolicy
      ? problems.length === 0
        ? t('plans.withinPolicy')
        : problems.join('; ')
      : t('plans.breaks', { rules: problems.join('; ') }),
    withinPolicy: option.withinPolicy,
    why: describePlanWhy(option, t, locale),
  };
}

/** A plan the maximum term is too short for, in the agent's words: how much more each payment needs. */
export function longerPlanText(notice: LongerPlanNeeded, t: Translate, locale: string): string {
  const money = (amount: LongerPlanNeeded['shortfall']) => formatMoney(amount, locale);
  return t('plans.needsLongerPlan', {
    frequency: t(frequencyKeys[notice.frequency]),
    months: notice.maxTermMonths,
    needed: money(notice.paymentNeeded),
    shortfall: money(notice.shortfall),
    affordable: money(notice.affordable),
  });
}

/** One promise as the current-plan list shows it. */
export interface PromiseRow {
  id: string;
  due: string;
  amount: string;
  paid: string;
  state: PromiseState;
  stateLabel: string;
}

const stateKeys: Record<PromiseState, TranslationKey> = {
  pending: 'plans.states.pending',
  kept: 'plans.states.kept',
  'partly-kept': 'plans.states.partly-kept',
  broken: 'plans.states.broken',
  cancelled: 'plans.states.cancelled',
};

const healthKeys: Record<PlanHealth, TranslationKey> = {
  'on-track': 'plans.health.on-track',
  'at-risk': 'plans.health.at-risk',
  broken: 'plans.health.broken',
};

/** The current plan's promises and health, formatted for the agent. */
export function promiseRows(
  evaluation: PromiseEvaluation,
  t: Translate,
  locale: string,
): { health: PlanHealth; healthLabel: string; rows: PromiseRow[] } {
  return {
    health: evaluation.health,
    healthLabel: t(healthKeys[evaluation.health]),
    rows: evaluation.promises.map(({ promise, state, paid }) => ({
      id: promise.id,
      due: formatLongDate(promise.due, locale),
      amount: formatMoney(promise.amount, locale),
      paid: formatMoney(paid, locale),
      state,
      stateLabel: t(stateKeys[state]),
    })),
  };
}
