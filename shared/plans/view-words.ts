/**
 * The plans panel's values in words, the same for every host: an option as a card of labelled
 * facts, the "needs a longer plan" notice, and the current plan's promises with their states. Each
 * host passes the shared translator for its user and gets the same words back; hosts only lay out.
 */
import { formatLongDate, type PlainDate } from '../calendar/calendar';
import type { MessageKey, Translate } from '../i18n';
import { formatMoney, type Money } from '../money/money';
import type { PlanOption } from './option';
import type { PlanHealth, PromiseEvaluation, PromiseState } from './promises';
import type { LongerPlanNeeded } from './suggest';
import {
  chooserNotices,
  planHealthEmphasis,
  promiseStateEmphasis,
  type ChooserNotice,
} from './view';
import type { Emphasis } from '../view/emphasis';
import { describePlanWhy } from './why';

/** One labelled fact of an option card, such as "Each payment: $178.57". */
export interface OptionFact {
  readonly code: OptionFactCode;
  readonly label: string;
  readonly value: string;
  /** `bad` on the policy fact of an option outside policy: the one fact the agent must not miss. */
  readonly emphasis?: Emphasis;
}

/** The facts an option card lists, in order. */
export const optionFacts = [
  'frequency',
  'count',
  'regular',
  'final',
  'first',
  'last',
  'total',
  'discount',
  'policy',
] as const;
/** One of {@link optionFacts}. */
export type OptionFactCode = (typeof optionFacts)[number];

/** One option as a card shows it: its title, its facts, whether it is within policy, and why. */
export interface OptionCard {
  readonly id: string;
  /** "Pay in full", "Instalments (Monthly)", "Settlement". */
  readonly title: string;
  readonly facts: readonly OptionFact[];
  readonly withinPolicy: boolean;
  readonly why: string;
}

const frequencyKey = (frequency: PlanOption['frequency']): MessageKey =>
  `plans.frequencies.${frequency}`;

function titleOf(option: PlanOption, t: Translate): string {
  if (option.kind === 'pay-in-full') return t('plans.kinds.pay-in-full');
  if (option.kind === 'settlement') return t('plans.kinds.settlement');
  return t('plans.kinds.instalments', { frequency: t(frequencyKey(option.frequency)) });
}

/** "Within policy", or what the option breaks and that it is more than the customer can afford. */
function policyText(option: PlanOption, t: Translate): string {
  const problems = option.breaks.map((rule) => t(`plans.rules.${rule}`));
  if (option.affordable === false) problems.push(t('plans.rules.unaffordable'));
  if (!option.withinPolicy) return t('plans.breaks', { rules: problems.join('; ') });
  return problems.length === 0 ? t('plans.withinPolicy') : problems.join('; ');
}

/** How a host writes a calendar date for its user (the card: `formatDate`, with every date it shows). */
export type FormatDay = (date: PlainDate, locale: string) => string;

/** The card for one option, in `t`'s language with amounts and dates in `locale`. */
export function optionCard(
  option: PlanOption,
  t: Translate,
  locale: string,
  formatDay: FormatDay = formatLongDate,
): OptionCard {
  const money = (amount: Money) => formatMoney(amount, locale);
  const values: Record<OptionFactCode, string> = {
    frequency: t(frequencyKey(option.frequency)),
    count: String(option.count),
    regular: money(option.regularAmount),
    final: money(option.finalAmount),
    first: formatDay(option.firstDue, locale),
    last: formatDay(option.endDate, locale),
    total: money(option.total),
    discount: money(option.discount),
    policy: policyText(option, t),
  };
  return {
    id: option.id,
    title: titleOf(option, t),
    facts: optionFacts.map((code) => ({
      code,
      label: t(`plans.columns.${code}`),
      value: values[code],
      ...(code === 'policy' && !option.withinPolicy ? { emphasis: 'bad' } : {}),
    })),
    withinPolicy: option.withinPolicy,
    why: describePlanWhy(option, t, locale),
  };
}

/** A plan the maximum term is too short for: how much more each payment needs. */
export function longerPlanText(notice: LongerPlanNeeded, t: Translate, locale: string): string {
  const money = (amount: Money) => formatMoney(amount, locale);
  return t('plans.needsLongerPlan', {
    frequency: t(frequencyKey(notice.frequency)),
    months: notice.maxTermMonths,
    needed: money(notice.paymentNeeded),
    shortfall: money(notice.shortfall),
    affordable: money(notice.affordable),
  });
}

/** One promise as the current-plan list shows it. */
export interface PromiseRow {
  readonly id: string;
  /** The due day as a calendar date (YYYY-MM-DD), which names the row for tests and links. */
  readonly dueOn: string;
  readonly due: string;
  readonly amount: string;
  readonly state: PromiseState;
  readonly stateLabel: string;
  readonly emphasis: Emphasis;
}

/** The current plan's health and promises, in words. */
export interface CurrentPlanWords {
  readonly health: PlanHealth;
  readonly healthLabel: string;
  readonly healthEmphasis: Emphasis;
  readonly rows: readonly PromiseRow[];
}

/** The current plan's promises and health, formatted for the agent. */
export function promiseRows(
  evaluation: PromiseEvaluation,
  t: Translate,
  locale: string,
  formatDay: FormatDay = formatLongDate,
): CurrentPlanWords {
  return {
    health: evaluation.health,
    healthLabel: t(`plans.health.${evaluation.health}`),
    healthEmphasis: planHealthEmphasis[evaluation.health],
    rows: evaluation.promises.map(({ promise, state }) => ({
      id: promise.id,
      dueOn: promise.due,
      due: formatDay(promise.due, locale),
      amount: formatMoney(promise.amount, locale),
      state,
      stateLabel: t(`plans.states.${state}`),
      emphasis: promiseStateEmphasis[state],
    })),
  };
}

/** A chooser notice as a host announces it: an alert for the plan's problem, else a status. */
export interface ChooserNoticeWords {
  readonly key: string;
  readonly code: ChooserNotice['code'];
  readonly role: 'alert' | 'status';
  /** The heading, where the host gives notices of this code one (`titles`). */
  readonly title: string | undefined;
  readonly text: string;
}

/** The chooser's notices (see `chooserNotices`) in words, each titled from the host's `titles`. */
export function chooserNoticeWords(
  t: Translate,
  view: Parameters<typeof chooserNotices>[0],
  titles: Partial<Record<ChooserNotice['code'], MessageKey>>,
): ChooserNoticeWords[] {
  return chooserNotices(view).map((notice) => {
    const title = titles[notice.code];
    return {
      key: notice.key,
      code: notice.code,
      role: notice.code === 'plan-problem' ? 'alert' : 'status',
      title: title && t(title),
      text: notice.code === 'nothing-fits' ? t('plans.nothingFits.body') : notice.text,
    };
  });
}
