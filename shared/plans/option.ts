/**
 * One suggested plan option's shape, on its own so that `suggest.ts` (which builds options) and
 * `summary.ts` (which describes them) both import it without importing each other.
 */
import type { PlainDate } from '../calendar/calendar';
import type { Money } from '../money/money';
import type { Frequency } from './frequency';
import type { PolicyRule } from './policy';
import type { Instalment } from './schedule';
import type { PlanWhy } from './why';

/** The three shapes a plan option takes. */
export type PlanOptionKind = 'pay-in-full' | 'instalments' | 'settlement';

/** One suggested way to pay. */
export interface PlanOption {
  /** Stable within one suggestion: 'pay-in-full', 'instalments-monthly', 'settlement'. */
  readonly id: string;
  readonly kind: PlanOptionKind;
  /** 'once' for a single payment. */
  readonly frequency: Frequency | 'once';
  /** The dated payments, in order; their sum is `total` exactly. */
  readonly instalments: readonly Instalment[];
  /** What the customer pays in all. */
  readonly total: Money;
  /** Balance minus total: a settlement discount or waived fees; zero otherwise. */
  readonly discount: Money;
  /** Number of payments, down payment included. */
  readonly count: number;
  readonly firstDue: PlainDate;
  readonly endDate: PlainDate;
  /** The policy's down payment, the first entry of `instalments`, when there is one. */
  readonly downPayment?: Money;
  /** The amount of each regular payment (all but the last, which may differ). */
  readonly regularAmount: Money;
  /** The last payment's amount. */
  readonly finalAmount: Money;
  /** True when the last payment is under the policy minimum because the amount left was (stated). */
  readonly finalBelowMinimum: boolean;
  /** Whether the regular payment fits the customer's capacity; undefined when capacity is unknown. */
  readonly affordable?: boolean;
  readonly withinPolicy: boolean;
  /** The policy rules this option breaks; empty when `withinPolicy`. */
  readonly breaks: readonly PolicyRule[];
  /** Why it was suggested, as a code and values (`describePlanWhy` words it). */
  readonly why: PlanWhy;
  /** The customer-facing summary in the request locale's language. */
  readonly summary: string;
}
