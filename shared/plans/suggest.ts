/**
 * `suggestPlans`: a small ranked set of fair payment plans for a balance, within the company's
 * policy and, when known, what the customer can afford. Nothing is bent silently: an option that
 * breaks the policy says which rules it breaks so the agent can escalate.
 */
import { addDays, addMonths, compareDates, type PlainDate } from '../calendar/calendar';
import { nextPaymentDay, noClosedDays, type ClosedDays } from '../calendar/closed-days';
import { formatMoney, isKnownCurrency, percentOf, split, type Money } from '../money/money';
import { err, ok, type Result } from '../ports';
import { sustainableInstalment, type Capacity } from './affordability';
import { periodsPerYear, type Frequency } from './frequency';
import { validatePolicy, type Policy, type PolicyRule } from './policy';
import { countDueDatesBefore, firstDueDates, type Instalment, type PaymentDays } from './schedule';
import type { PlanOption } from './option';
import type { PlanWhy, PlanWhyCode } from './why';
import { summarizeOption, summaryLanguageFor } from './summary';

export type { PlanOption, PlanOptionKind } from './option';

/** Everything `suggestPlans` needs; dates are calendar dates in the customer's time zone. */
export interface PlanRequest {
  /** The amount outstanding, more than zero. */
  readonly balance: Money;
  /** Today in the customer's time zone (see `todayIn`). */
  readonly today: PlainDate;
  /** The customer's locale for the summary ('en-US', 'es-MX'); Spanish locales get Spanish. */
  readonly locale: string;
  readonly policy: Policy;
  /** What the customer can afford; without it, plans use the lowest payments the policy allows. */
  readonly capacity?: Capacity;
  /** When the customer wants to start paying; default today (plans that start at once do better). */
  readonly firstPaymentDate?: PlainDate;
  /** Fees and interest inside the balance that the policy may waive to make a plan fit. */
  readonly waivableCharges?: Money;
  /**
   * Public holidays of the customer's country and the company's closure days (`closedDays` in
   * shared/calendar/holidays): no payment falls due on one. Default: none, only weekends roll.
   */
  readonly closedDays?: ClosedDays;
}

/** What is wrong with a request, naming the field (dotted for nested fields, as in the CLI JSON). */
export interface PlanRequestError {
  readonly code: 'invalid-request' | 'impossible-policy';
  readonly field: string;
  readonly message: string;
}

/**
 * An instalment plan the customer could afford only over more than the policy's maximum term: never
 * offered as an option, reported with how much more each payment would need to be. A code and
 * values; hosts write the words.
 */
export interface LongerPlanNeeded {
  readonly code: 'needs-longer-plan';
  readonly frequency: Frequency;
  readonly maxTermMonths: number;
  /** The most regular payments at this frequency within the term (after any down payment). */
  readonly payments: number;
  /** The smallest regular payment that clears the amount due within the term and the policy. */
  readonly paymentNeeded: Money;
  /** What the customer can afford per payment at this frequency. */
  readonly affordable: Money;
  /** `paymentNeeded` minus `affordable`: how much more each payment would need to be. */
  readonly shortfall: Money;
}

/** The ranked options: pay in full, instalments (shortest affordable first), then settlement. */
export interface PlanSuggestions {
  readonly options: readonly PlanOption[];
  /** True when some instalment option is within policy (and affordable, when capacity is known). */
  readonly anyFits: boolean;
  /**
   * Frequencies at which the customer's pace would run past the policy's maximum term, in policy
   * order; empty when every frequency fits the term.
   */
  readonly needsLongerPlan: readonly LongerPlanNeeded[];
}

/** The largest balance Tactful plans: 10^12 minor units ($10 billion, ¥1 trillion). */
export const maxBalanceMinor = 10n ** 12n;

/** Most due dates ever counted for one frequency: 50 years. */
const hardCapYears = 50;

const zero = (currency: string): Money => ({ minor: 0n, currency });
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** An option before its schedule is built: candidates that lose the ranking are never built. */
type Draft = Omit<PlanOption, 'summary' | 'instalments'> & {
  readonly schedule: () => readonly Instalment[];
};

interface Context {
  readonly request: PlanRequest;
  readonly policy: Policy;
  readonly days: PaymentDays;
  readonly first: PlainDate;
  readonly firstDue: PlainDate;
  readonly termEnd: PlainDate;
  readonly firstBreaks: readonly PolicyRule[];
}

function invalid(field: string, message: string): Result<never, PlanRequestError> {
  return err({ code: 'invalid-request', field, message });
}

function checkRequest(request: PlanRequest): Result<Policy, PlanRequestError> {
  const { balance, capacity } = request;
  if (!isKnownCurrency(balance.currency)) {
    return invalid('currency', `"${balance.currency}" is not an ISO 4217 currency`);
  }
  if (balance.minor <= 0n) return invalid('balance', 'The balance must be more than zero');
  if (balance.minor > maxBalanceMinor) {
    return invalid(
      'balance',
      `The balance is more than Tactful can plan: at most ${formatMoney({ minor: maxBalanceMinor, currency: balance.currency }, 'en-US')}`,
    );
  }
  if (request.firstPaymentDate !== undefined && request.firstPaymentDate < request.today) {
    return invalid('firstPaymentDate', 'The first payment cannot be before today');
  }
  const charges = request.waivableCharges;
  if (charges !== undefined) {
    if (charges.currency !== balance.currency) {
      return invalid('waivableCharges', `Fees and interest must be in ${balance.currency}`);
    }
    if (charges.minor < 0n || charges.minor > balance.minor) {
      return invalid('waivableCharges', 'Fees and interest must be between zero and the balance');
    }
  }
  if (capacity?.kind === 'per-period') {
    if (capacity.amount.currency !== balance.currency) {
      return invalid('capacity.amount', `The amount must be in ${balance.currency}`);
    }
    if (capacity.amount.minor < 0n)
      return invalid('capacity.amount', 'The amount cannot be negative');
  }
  if (capacity?.kind === 'income-and-expenditure') {
    for (const field of ['monthlyIncome', 'monthlyEssentialOutgoings'] as const) {
      if (capacity[field].currency !== balance.currency) {
        return invalid(`capacity.${field}`, `The amount must be in ${balance.currency}`);
      }
      if (capacity[field].minor < 0n) {
        return invalid(`capacity.${field}`, 'The amount cannot be negative');
      }
    }
    const share = capacity.sharePercent;
    if (share !== undefined && !(share > 0 && share <= 100)) {
      return invalid('capacity.sharePercent', 'The share must be above 0 and at most 100 percent');
    }
  }
  const policy = validatePolicy(request.policy, balance.currency);
  if (!policy.ok) {
    return err({
      code: 'impossible-policy',
      field: `policy.${policy.error.field}`,
      message: policy.error.message,
    });
  }
  return ok(policy.value);
}

/** The monthly capacity a lump sum is compared with. */
function affordsLumpSum(request: PlanRequest, amount: Money): boolean | undefined {
  if (request.capacity === undefined) return undefined;
  return amount.minor <= sustainableInstalment(request.capacity, 'monthly').minor;
}

function singlePayment(
  context: Context,
  kind: 'pay-in-full' | 'settlement',
  amount: Money,
  why: PlanWhy,
): Draft {
  const { request, firstDue, firstBreaks } = context;
  const affordable = affordsLumpSum(request, amount);
  return {
    id: kind,
    kind,
    frequency: 'once',
    schedule: () => [{ due: firstDue, amount }],
    total: amount,
    discount: { minor: request.balance.minor - amount.minor, currency: amount.currency },
    count: 1,
    firstDue,
    endDate: firstDue,
    regularAmount: amount,
    finalAmount: amount,
    finalBelowMinimum: false,
    ...(affordable === undefined ? {} : { affordable }),
    withinPolicy: firstBreaks.length === 0,
    breaks: firstBreaks,
    why,
  };
}

function downPaymentFor(policy: Policy, amountDue: Money): Money {
  const down = policy.downPayment;
  if (down === undefined) return zero(amountDue.currency);
  const wanted = down.kind === 'amount' ? down.amount : percentOf(amountDue, down.percent);
  return wanted.minor < amountDue.minor ? wanted : amountDue;
}

type InstalmentCandidate =
  | {
      readonly draft: Draft;
      /** Within policy and affordable (when capacity is known). */
      readonly fits: boolean;
    }
  | { readonly longer: LongerPlanNeeded };

/** Builds the plan of `count` regular instalments at `frequency` for `amountDue`. */
function buildInstalments(
  context: Context,
  frequency: Frequency,
  amountDue: Money,
  down: Money,
  count: number,
  maxCount: number,
  capacityPerPeriod: Money | undefined,
  why: PlanWhy,
): Draft {
  const { request, policy, first, firstDue } = context;
  const rest = { minor: amountDue.minor - down.minor, currency: amountDue.currency };
  const hasDown = down.minor > 0n;
  const offset = hasDown ? 1 : 0;
  const parts = split(rest, count);
  const dates = firstDueDates(first, frequency, count + offset, context.days);
  const dueAt = (index: number): PlainDate => {
    const due = dates[index];
    if (due === undefined) throw new Error(`No due date at index ${index}`);
    return due;
  };
  const schedule = (): Instalment[] => [
    ...(hasDown ? [{ due: firstDue, amount: down }] : []),
    ...parts.map((amount, index) => ({ due: dueAt(index + offset), amount })),
  ];
  const regular = parts[0] ?? rest;
  const final = parts[parts.length - 1] ?? rest;
  const min = policy.minInstalment.minor;
  const finalBelowMinimum = final.minor < min;
  const breaks: PolicyRule[] = [...context.firstBreaks];
  if (regular.minor < min && !(count === 1 && rest.minor < min)) breaks.push('minInstalment');
  if (count > maxCount) breaks.push('maxTermMonths');
  const endDate = dueAt(count - 1 + offset);
  return {
    id: `instalments-${frequency}`,
    kind: 'instalments',
    frequency,
    schedule,
    total: amountDue,
    discount: { minor: request.balance.minor - amountDue.minor, currency: amountDue.currency },
    count: count + offset,
    firstDue,
    endDate,
    ...(hasDown ? { downPayment: down } : {}),
    regularAmount: regular,
    finalAmount: final,
    finalBelowMinimum,
    ...(capacityPerPeriod === undefined
      ? {}
      : { affordable: regular.minor <= capacityPerPeriod.minor && capacityPerPeriod.minor > 0n }),
    withinPolicy: breaks.length === 0,
    breaks,
    why,
  };
}

/** The instalment plan at one frequency: the shortest affordable one, or the closest to it. */
function instalmentCandidate(
  context: Context,
  frequency: Frequency,
  amountDue: Money,
  waived: Money | undefined,
): InstalmentCandidate | undefined {
  const { request, policy, first, termEnd } = context;
  const down = downPaymentFor(policy, amountDue);
  const rest = amountDue.minor - down.minor;
  if (rest <= 0n) return undefined;
  const offset = down.minor > 0n ? 1 : 0;
  const hardCap = Number(periodsPerYear[frequency]) * hardCapYears;
  const maxCount = countDueDatesBefore(first, frequency, offset, termEnd, context.days, hardCap);
  // No regular payment fits inside the term at this frequency: any plan would run past it.
  if (maxCount === 0) return undefined;
  const min = policy.minInstalment.minor;
  // The most instalments the policy allows: within the term, each at least the minimum.
  const policyMax = rest < min ? 1 : Math.max(1, Math.min(maxCount, Number(rest / min)));
  // What every plan's explanation here mentions besides its reason.
  const about = {
    frequency,
    ...(down.minor > 0n ? { afterDownPayment: true } : {}),
    ...(waived === undefined ? {} : { waived }),
  };
  const plan = (count: number, capacity: Money | undefined, code: PlanWhyCode): Draft =>
    buildInstalments(context, frequency, amountDue, down, count, maxCount, capacity, {
      code,
      ...about,
    });

  if (request.capacity === undefined) {
    if (policyMax + offset < 2) return undefined;
    const draft = plan(policyMax, undefined, 'lowest-allowed');
    return { draft, fits: draft.withinPolicy };
  }

  const capacity = sustainableInstalment(request.capacity, frequency);
  if (capacity.minor <= 0n) {
    const draft = plan(policyMax, capacity, 'no-surplus');
    return { draft, fits: false };
  }
  const needed = ceilDiv(rest, capacity.minor);
  if (needed <= BigInt(policyMax)) {
    // Spread over at least two payments when the policy lets us: smaller payments, same end.
    const count = Math.max(Number(needed), Math.min(2, policyMax));
    if (count + offset < 2) return undefined;
    const draft = plan(count, capacity, 'shortest-affordable');
    return { draft, fits: draft.withinPolicy };
  }
  if (needed > BigInt(maxCount)) {
    // The customer's pace runs past the maximum term: never a plan, only what it would take.
    const perPayment = ceilDiv(rest, BigInt(maxCount));
    const paymentNeeded = perPayment > min || rest < min ? perPayment : min;
    const currency = amountDue.currency;
    return {
      longer: {
        code: 'needs-longer-plan',
        frequency,
        maxTermMonths: policy.maxTermMonths,
        payments: maxCount,
        paymentNeeded: { minor: paymentNeeded, currency },
        affordable: capacity,
        shortfall: { minor: paymentNeeded - capacity.minor, currency },
      },
    };
  }
  // Within the term but below the policy minimum: the customer's own pace, saying what it breaks.
  const draft = plan(Number(needed), capacity, 'affordable-outside-policy');
  return { draft, fits: false };
}

/** The candidates that are plans (not a report that the term is too short). */
function plansOf(
  candidates: readonly InstalmentCandidate[],
): { readonly draft: Draft; readonly fits: boolean }[] {
  return candidates.flatMap((c) => ('draft' in c ? [c] : []));
}

function byEndThenPayment(a: Draft, b: Draft): number {
  return (
    compareDates(a.endDate, b.endDate) ||
    (a.regularAmount.minor < b.regularAmount.minor
      ? -1
      : a.regularAmount.minor > b.regularAmount.minor
        ? 1
        : 0)
  );
}

function closestOf(candidates: readonly Draft[]): Draft | undefined {
  return [...candidates].sort(
    (a, b) =>
      a.breaks.length - b.breaks.length ||
      Number(a.affordable === false) - Number(b.affordable === false) ||
      byEndThenPayment(a, b),
  )[0];
}

/**
 * Suggests payment plans: pay in full, instalments at each allowed frequency (shortest affordable
 * term first), and a settlement when the policy allows a discount. When no instalment plan fits,
 * the closest one is added with `withinPolicy: false` and the rules it breaks. An invalid request
 * or impossible policy is an error naming the field.
 */
export function suggestPlans(request: PlanRequest): Result<PlanSuggestions, PlanRequestError> {
  const checked = checkRequest(request);
  if (!checked.ok) return checked;
  const policy = checked.value;
  const first = request.firstPaymentDate ?? request.today;
  const days: PaymentDays = {
    closed: request.closedDays ?? noClosedDays,
    skipWeekends: policy.rollWeekends,
  };
  const firstDue = nextPaymentDay(first, days.closed, days.skipWeekends);
  const windowEnd = addDays(request.today, policy.firstPaymentWithinDays);
  const context: Context = {
    request,
    policy,
    days,
    first,
    firstDue,
    termEnd: addMonths(first, policy.maxTermMonths),
    firstBreaks: compareDates(firstDue, windowEnd) > 0 ? ['firstPaymentWithinDays'] : [],
  };
  const { balance } = request;
  const drafts: Draft[] = [singlePayment(context, 'pay-in-full', balance, { code: 'pay-in-full' })];

  const candidatesFor = (amountDue: Money, waived?: Money): InstalmentCandidate[] =>
    policy.frequencies.flatMap((frequency) => {
      const candidate = instalmentCandidate(context, frequency, amountDue, waived);
      return candidate === undefined ? [] : [candidate];
    });
  let candidates = candidatesFor(balance);
  const charges = request.waivableCharges;
  if (
    !plansOf(candidates).some((c) => c.fits) &&
    policy.feesWaivable &&
    charges !== undefined &&
    charges.minor > 0n
  ) {
    const reduced = { minor: balance.minor - charges.minor, currency: balance.currency };
    const withWaiver = candidatesFor(reduced, charges);
    if (plansOf(withWaiver).some((c) => c.fits)) candidates = withWaiver;
  }
  const fitting = plansOf(candidates)
    .filter((c) => c.fits)
    .map((c) => c.draft);
  drafts.push(...fitting.sort(byEndThenPayment));
  const anyFits = fitting.length > 0;
  if (!anyFits) {
    const closest = closestOf(plansOf(candidates).map((c) => c.draft));
    if (closest !== undefined) drafts.push(closest);
  }
  const needsLongerPlan = candidates.flatMap((c) => ('longer' in c ? [c.longer] : []));

  if (policy.maxSettlementDiscountPercent > 0) {
    const discount = percentOf(balance, policy.maxSettlementDiscountPercent, 'toward-zero');
    if (discount.minor > 0n) {
      const amount = { minor: balance.minor - discount.minor, currency: balance.currency };
      drafts.push(
        singlePayment(context, 'settlement', amount, {
          code: 'settlement',
          discountPercent: policy.maxSettlementDiscountPercent,
        }),
      );
    }
  }
  const language = summaryLanguageFor(request.locale);
  const options = drafts.map(({ schedule, ...draft }): PlanOption => {
    const option = { ...draft, instalments: schedule() };
    return { ...option, summary: summarizeOption(option, request.locale, language) };
  });
  return ok({ options, anyFits, needsLongerPlan });
}
