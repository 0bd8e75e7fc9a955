/**
 * The company's limits for payment plans (admin settings), and the check that they make sense.
 */
import { err, ok, type Result } from '../ports';
import type { Money } from '../money/money';
import { isFrequency, type Frequency } from './frequency';

/** An optional first payment the policy asks for before the instalments start. */
export type DownPayment =
  | { readonly kind: 'amount'; readonly amount: Money }
  | { readonly kind: 'percent'; readonly percent: number };

/** The company's limits for payment plans. */
export interface Policy {
  /** Smallest regular instalment (a final remainder may be smaller only when unavoidable). */
  readonly minInstalment: Money;
  /** Every payment of a plan falls within this many months of its first payment. */
  readonly maxTermMonths: number;
  /** Frequencies agents may offer, at least one. */
  readonly frequencies: readonly Frequency[];
  readonly downPayment?: DownPayment;
  /** The first payment falls no later than this many days after today (0 = today). */
  readonly firstPaymentWithinDays: number;
  /** Largest discount a settlement may give, in percent (up to two decimals); 0 = no settlements. */
  readonly maxSettlementDiscountPercent: number;
  /** Whether fees and interest in the balance may be waived to make a plan fit. */
  readonly feesWaivable: boolean;
  /** Whether a due date on a Saturday or Sunday moves to the following Monday. */
  readonly rollWeekends: boolean;
}

/** The policy fields a plan option can break, named as in `Policy`. */
export type PolicyRule = 'minInstalment' | 'maxTermMonths' | 'firstPaymentWithinDays';

/** Why a policy cannot be used, naming the field at fault (a dotted path for nested fields). */
export interface PolicyError {
  readonly code: 'impossible-policy';
  readonly field: string;
  readonly message: string;
}

/** Policy limits beyond which a plan is no longer a plan (50 years, a year to start). */
export const policyLimits = { maxTermMonths: 600, firstPaymentWithinDays: 365 } as const;

const fail = (field: string, message: string): Result<Policy, PolicyError> =>
  err({ code: 'impossible-policy', field, message });

const hasAtMostTwoDecimals = (percent: number): boolean =>
  Number.isFinite(percent) && Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9;

/**
 * The policy if it can produce a plan for a balance in `currency`, else the first impossible field:
 * non-positive minimum, a term of 0 or over 50 years, no frequencies, a down payment of 100% or more,
 * a discount of 100% or more.
 */
export function validatePolicy(policy: Policy, currency: string): Result<Policy, PolicyError> {
  if (policy.minInstalment.currency !== currency) {
    return fail('minInstalment', `The minimum instalment must be in ${currency}`);
  }
  if (policy.minInstalment.minor <= 0n) {
    return fail('minInstalment', 'The minimum instalment must be more than zero');
  }
  const { maxTermMonths, firstPaymentWithinDays, maxSettlementDiscountPercent } = policy;
  if (!Number.isInteger(maxTermMonths) || maxTermMonths < 1) {
    return fail('maxTermMonths', 'The maximum term must be a whole number of months, at least 1');
  }
  if (maxTermMonths > policyLimits.maxTermMonths) {
    return fail(
      'maxTermMonths',
      `The maximum term cannot exceed ${policyLimits.maxTermMonths} months`,
    );
  }
  if (policy.frequencies.length === 0) {
    return fail('frequencies', 'Allow at least one payment frequency');
  }
  const unknown = policy.frequencies.find((frequency) => !isFrequency(frequency));
  if (unknown !== undefined) return fail('frequencies', `Unknown frequency "${unknown}"`);
  if (new Set(policy.frequencies).size !== policy.frequencies.length) {
    return fail('frequencies', 'Each frequency may be listed once');
  }
  if (
    !Number.isInteger(firstPaymentWithinDays) ||
    firstPaymentWithinDays < 0 ||
    firstPaymentWithinDays > policyLimits.firstPaymentWithinDays
  ) {
    return fail(
      'firstPaymentWithinDays',
      `The first payment window must be a whole number of days from 0 to ${policyLimits.firstPaymentWithinDays}`,
    );
  }
  if (
    !hasAtMostTwoDecimals(maxSettlementDiscountPercent) ||
    maxSettlementDiscountPercent < 0 ||
    maxSettlementDiscountPercent >= 100
  ) {
    return fail(
      'maxSettlementDiscountPercent',
      'The settlement discount must be a percentage from 0 to under 100, with at most two decimals',
    );
  }
  const down = policy.downPayment;
  if (down?.kind === 'amount') {
    if (down.amount.currency !== currency) {
      return fail('downPayment.amount', `The down payment must be in ${currency}`);
    }
    if (down.amount.minor <= 0n) {
      return fail('downPayment.amount', 'The down payment must be more than zero');
    }
  }
  if (down?.kind === 'percent') {
    if (!hasAtMostTwoDecimals(down.percent) || down.percent <= 0 || down.percent >= 100) {
      return fail(
        'downPayment.percent',
        'The down payment must be a percentage above 0 and under 100, with at most two decimals',
      );
    }
  }
  return ok(policy);
}
