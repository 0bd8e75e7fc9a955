/**
 * The current plan as every host shows it: its promises judged against the customer's payments
 * today, and the next promise still to come (where a ticket's follow-up points).
 */
import type { PlainDate } from '../calendar/calendar';
import {
  evaluatePromises,
  type Payment,
  type PromiseEvaluation,
  type PromiseToPay,
} from './promises';

/** The current plan judged today, and the next promise still to come. */
export interface CurrentPlanStatus {
  readonly evaluation: PromiseEvaluation;
  readonly nextPending: PlainDate | undefined;
}

/**
 * The current plan's promises judged against the customer's payments on `today`, or undefined for a
 * plan without promises. Payments in another currency belong to another debt and are left out.
 */
export function currentPlanStatus(
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  today: PlainDate,
): CurrentPlanStatus | undefined {
  const currency = promises[0]?.amount.currency;
  if (currency === undefined) return undefined;
  const evaluation = evaluatePromises(
    promises,
    payments.filter((payment) => payment.amount.currency === currency),
    today,
  );
  const nextPending = evaluation.promises.find((entry) => entry.state === 'pending')?.promise.due;
  return { evaluation, nextPending };
}
