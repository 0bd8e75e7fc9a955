/**
 * What the customer can afford per period: a stated amount, or income minus essential outgoings
 * (in the spirit of the UK Standard Financial Statement), converted exactly between frequencies.
 */
import { percentOf, type Money } from '../money/money';
import { periodsPerYear, type Frequency } from './frequency';

/** What the customer says they can pay: an amount per period, or their monthly budget. */
export type Capacity =
  | { readonly kind: 'per-period'; readonly amount: Money; readonly per: Frequency }
  | {
      readonly kind: 'income-and-expenditure';
      /** Monthly income after tax, benefits included. */
      readonly monthlyIncome: Money;
      /** Monthly essential outgoings: housing, utilities, food, travel, other priority debts. */
      readonly monthlyEssentialOutgoings: Money;
      /** Share of the surplus offered for this debt when there are other creditors (default 100). */
      readonly sharePercent?: number;
    };

/**
 * `amount` per `from` period as an amount per `to` period, through a year of 52/26/24/12 periods,
 * rounded down to a whole minor unit so a converted instalment never exceeds what was offered.
 */
export function convertPerPeriod(amount: Money, from: Frequency, to: Frequency): Money {
  if (amount.minor <= 0n) return { minor: 0n, currency: amount.currency };
  return {
    minor: (amount.minor * periodsPerYear[from]) / periodsPerYear[to],
    currency: amount.currency,
  };
}

/** Monthly income minus essential outgoings (never below zero), times the share for this debt. */
export function monthlySurplus(
  capacity: Extract<Capacity, { kind: 'income-and-expenditure' }>,
): Money {
  const { monthlyIncome, monthlyEssentialOutgoings } = capacity;
  if (monthlyIncome.currency !== monthlyEssentialOutgoings.currency) {
    throw new Error('Income and outgoings must share a currency');
  }
  const surplus = monthlyIncome.minor - monthlyEssentialOutgoings.minor;
  const whole = { minor: surplus > 0n ? surplus : 0n, currency: monthlyIncome.currency };
  return percentOf(whole, capacity.sharePercent ?? 100, 'toward-zero');
}

/** The instalment the customer can sustain at `frequency`, rounded down; zero when nothing is left. */
export function sustainableInstalment(capacity: Capacity, frequency: Frequency): Money {
  return capacity.kind === 'per-period'
    ? convertPerPeriod(capacity.amount, capacity.per, frequency)
    : convertPerPeriod(monthlySurplus(capacity), 'monthly', frequency);
}
