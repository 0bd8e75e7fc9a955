/**
 * Settings to the plan policy `suggestPlans` takes (shared/plans): amounts become Money in the
 * currency of the balance being planned.
 */
import { parsePlainDate, type PlainDate } from '../calendar/calendar';
import type { ClosedDaysSource } from '../calendar/closed-days';
import { currencyDigits, type Money, type MoneyError } from '../money/money';
import type { Policy } from '../plans/policy';
import { err, ok, type Result } from '../ports';
import type { PlanPolicySettings } from './settings';

/**
 * A settings amount ("25.50") in `currency`. Settings amounts are currency-independent, so a
 * currency with fewer decimals rounds up to its next whole minor unit ("25.50" is ¥26): a minimum
 * never drops below what the admin set.
 */
export function settingsAmountIn(decimal: string, currency: string): Result<Money, MoneyError> {
  const digits = currencyDigits(currency);
  if (digits === undefined) {
    return err({ code: 'unknown-currency', message: `"${currency}" is not an ISO 4217 currency` });
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return err({ code: 'malformed-amount', message: `"${decimal}" is not an amount` });
  const [, whole = '0', fraction = ''] = match;
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const dropped = fraction.slice(digits);
  const minor = BigInt(whole + kept) + (/[1-9]/.test(dropped) ? 1n : 0n);
  return ok({ minor, currency });
}

/** The plan policy for a balance in `currency`; fails only for a currency Intl does not know. */
export function toPlanPolicy(
  policy: PlanPolicySettings,
  currency: string,
): Result<Policy, MoneyError> {
  const minInstalment = settingsAmountIn(policy.minInstalment, currency);
  if (!minInstalment.ok) return minInstalment;
  const base = {
    minInstalment: minInstalment.value,
    maxTermMonths: policy.maxTermMonths,
    frequencies: policy.frequencies,
    firstPaymentWithinDays: policy.firstPaymentWithinDays,
    maxSettlementDiscountPercent: policy.maxSettlementDiscountPercent,
    feesWaivable: policy.feesWaivable,
    rollWeekends: policy.rollWeekends,
  };
  const down = policy.downPayment;
  if (down.kind === 'none') return ok(base);
  if (down.kind === 'percent') return ok({ ...base, downPayment: down });
  const amount = settingsAmountIn(down.amount, currency);
  if (!amount.ok) return amount;
  return ok({ ...base, downPayment: { kind: 'amount', amount: amount.value } });
}

/**
 * Whose holidays and which closure days move a payment, for `closedDays` (shared/calendar/holidays):
 * no country set means no holidays. Closure days were checked as dates by `validateSettings`.
 */
export function toClosedDaysSource(policy: PlanPolicySettings): ClosedDaysSource {
  const closures = policy.closureDays.flatMap((text): PlainDate[] => {
    const date = parsePlainDate(text);
    return date === undefined ? [] : [date];
  });
  return { ...(policy.holidays === '' ? {} : { holidays: policy.holidays }), closures };
}
