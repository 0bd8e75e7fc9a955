/**
 * Promises to pay: a plan is a series of dated promises. Payments are matched to promises in date
 * order, and each promise is pending, kept, partly kept, broken or cancelled; the plan's health
 * follows from the misses.
 */
import { addDays, compareDates, type PlainDate } from '../calendar/calendar';
import { toDecimal, type Money } from '../money/money';
import type { PlanOption } from './suggest';
import { fingerprint } from '../text/fingerprint';

/** One dated commitment to pay. */
export interface PromiseToPay {
  /** Stable id; for a plan's promises, `<planKey>-<n>` (see `promisesFromPlan`). */
  readonly id: string;
  readonly amount: Money;
  readonly due: PlainDate;
  /** How it was made: 'phone', 'email', 'chat', 'portal', … */
  readonly channel: string;
  /** Who recorded it (an agent id), never the customer's personal data. */
  readonly recordedBy: string;
  /** Set when the promise was withdrawn or replaced; it then never counts as a miss. */
  readonly cancelled?: boolean;
}

/** A payment seen on the account. */
export interface Payment {
  readonly amount: Money;
  readonly paidOn: PlainDate;
}

/** The states a promise moves through. */
export type PromiseState = 'pending' | 'kept' | 'partly-kept' | 'broken' | 'cancelled';

/** How the plan is going: at risk after one miss, broken after two misses in a row. */
export type PlanHealth = 'on-track' | 'at-risk' | 'broken';

/** How lenient the check is: a small shortfall still counts as kept, and a few days' grace. */
export interface PromiseTolerance {
  /** A promise short by at most this much is kept (default zero). */
  readonly amount?: Money;
  /** Payments up to this many days after the due date still count for it (default 0). */
  readonly graceDays?: number;
}

/** One promise with its state and the money matched to it. */
export interface EvaluatedPromise {
  readonly promise: PromiseToPay;
  readonly state: PromiseState;
  /** Payments matched to this promise (never more than its amount). */
  readonly paid: Money;
  /** What is still missing (zero when kept in full). */
  readonly shortfall: Money;
}

/** Every promise's state, the plan's health, and payments not matched to any promise. */
export interface PromiseEvaluation {
  /** In the order the promises were given. */
  readonly promises: readonly EvaluatedPromise[];
  readonly health: PlanHealth;
  /** Money paid beyond (or too late for) every promise. */
  readonly unmatched: Money;
}

/**
 * Evaluates promises against payments as of `today`. Payments are matched oldest first to the
 * earliest promise they can still count for (paid by its due date plus grace); a late payment goes
 * to the next promise. A promise is kept when paid in full (less the tolerance), broken when its
 * date (plus grace) has passed with nothing paid, partly kept when some was paid, pending otherwise.
 * A miss (broken or partly kept) puts the plan at risk until a later promise is kept; two misses in
 * a row, cancelled promises aside, break it for good.
 */
export function evaluatePromises(
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  today: PlainDate,
  options: { readonly tolerance?: PromiseTolerance } = {},
): PromiseEvaluation {
  const match = matchPromises(promises, payments, today, options);
  const currency = match.currency;
  const evaluated = promises.map((promise, index): EvaluatedPromise => {
    const state = match.states[index];
    const paid = match.paid[index];
    if (state === undefined || paid === undefined) throw new Error('Every promise is evaluated');
    const shortfall = state === 'cancelled' ? 0n : promise.amount.minor - paid;
    return {
      promise,
      state,
      paid: { minor: paid, currency },
      shortfall: { minor: shortfall, currency },
    };
  });
  return {
    promises: evaluated,
    health: match.health,
    unmatched: { minor: match.unmatched, currency },
  };
}

/** What matching needs of a promise (a host's promise record has it too). */
export interface DatedPromise {
  readonly amount: Money;
  readonly due: PlainDate;
  readonly cancelled?: boolean | undefined;
}

/** `evaluatePromises`' answer as arrays by the promises' positions, with no object per promise. */
export interface PromiseMatch {
  readonly currency: string;
  readonly states: readonly PromiseState[];
  /** Minor units matched to each promise. */
  readonly paid: readonly bigint[];
  readonly health: PlanHealth;
  readonly unmatched: bigint;
}

/**
 * The rule of `evaluatePromises`, answered as arrays: outcomes judge 100k promises at a time and
 * need only each one's state and the money matched to it.
 */
export function matchPromises(
  promises: readonly DatedPromise[],
  payments: readonly Payment[],
  today: PlainDate,
  options: { readonly tolerance?: PromiseTolerance } = {},
): PromiseMatch {
  const currency = promises[0]?.amount.currency ?? payments[0]?.amount.currency ?? 'USD';
  // Two loops, no combined copy: outcomes evaluate 25k customers' promises at a time.
  for (const promise of promises) {
    if (promise.amount.currency !== currency) {
      throw new Error('Promises and payments must share a currency');
    }
  }
  for (const payment of payments) {
    if (payment.amount.currency !== currency) {
      throw new Error('Promises and payments must share a currency');
    }
  }
  const allowance = options.tolerance?.amount?.minor ?? 0n;
  const grace = options.tolerance?.graceDays ?? 0;
  const pool = payments.map((payment) => ({ paidOn: payment.paidOn, left: payment.amount.minor }));
  // Payments and promises usually come in date order already: then the (stable) sorts are skipped.
  if (!inOrder(pool, (payment) => payment.paidOn)) {
    pool.sort((a, b) => compareDates(a.paidOn, b.paidOn));
  }
  const order = promises.map((_, index) => index);
  const dueOf = (index: number): string => promises[index]?.due ?? '';
  if (!inOrder(order, dueOf)) {
    order.sort((a, b) => {
      const first = dueOf(a);
      const second = dueOf(b);
      return first < second ? -1 : first > second ? 1 : a - b;
    });
  }
  const states = new Array<PromiseState>(promises.length).fill('pending');
  const paidMinor = new Array<bigint>(promises.length).fill(0n);
  let health: PlanHealth = 'on-track';
  let lastWasMiss = false;
  let used = 0;
  for (const index of order) {
    const promise = promises[index];
    if (promise === undefined) continue;
    if (promise.cancelled === true) {
      states[index] = 'cancelled';
      continue;
    }
    // No grace (the usual case) needs no date arithmetic: outcomes judge 100k promises at a time.
    const deadline = grace === 0 ? promise.due : addDays(promise.due, grace);
    let paid = 0n;
    // Payments used up by earlier promises are skipped once, so matching stays linear.
    while (pool[used]?.left === 0n) used += 1;
    for (let i = used; i < pool.length; i += 1) {
      const payment = pool[i];
      if (payment === undefined || paid >= promise.amount.minor) break;
      if (compareDates(payment.paidOn, deadline) > 0) break;
      const take =
        payment.left < promise.amount.minor - paid ? payment.left : promise.amount.minor - paid;
      payment.left -= take;
      paid += take;
    }
    const shortfall = promise.amount.minor - paid;
    const passed = compareDates(today, deadline) > 0;
    const state: PromiseState =
      shortfall <= allowance ? 'kept' : !passed ? 'pending' : paid > 0n ? 'partly-kept' : 'broken';
    states[index] = state;
    paidMinor[index] = paid;
    if (state === 'kept') {
      lastWasMiss = false;
      if (health === 'at-risk') health = 'on-track';
    } else if (state === 'broken' || state === 'partly-kept') {
      if (lastWasMiss) health = 'broken';
      else if (health !== 'broken') health = 'at-risk';
      lastWasMiss = true;
    }
  }
  const unmatched = pool.reduce((sum, payment) => sum + payment.left, 0n);
  return { currency, states, paid: paidMinor, health, unmatched };
}

/** True when `dateOf` never goes back in time along `entries`. */
function inOrder<Entry>(entries: readonly Entry[], dateOf: (entry: Entry) => string): boolean {
  for (let i = 1; i < entries.length; i += 1) {
    const previous = entries[i - 1];
    const current = entries[i];
    if (previous !== undefined && current !== undefined && dateOf(previous) > dateOf(current)) {
      return false;
    }
  }
  return true;
}

/** Who the accepted plan is for and who recorded it. */
export interface PlanAcceptance {
  /** The host's id for the customer or account (Zendesk user/ticket id, HubSpot contact id). */
  readonly customerRef: string;
  readonly channel: string;
  readonly recordedBy: string;
}

/** An accepted plan as promises, with the idempotency key that makes a retried write a no-op. */
export interface AcceptedPlan {
  /** Derived only from the customer and the schedule, so the same plan always gets the same key. */
  readonly planKey: string;
  readonly promises: readonly PromiseToPay[];
}

/**
 * Turns an accepted option into one promise per payment. The key is a fingerprint of the customer,
 * the currency and every (due date, amount), so retrying the write (or accepting the same plan
 * twice) yields the same key and the same promise ids, never a duplicate.
 */
export function promisesFromPlan(
  option: Pick<PlanOption, 'instalments'>,
  acceptance: PlanAcceptance,
): AcceptedPlan {
  const first = option.instalments[0];
  if (first === undefined) throw new Error('A plan option has no payments');
  const canonical = [
    acceptance.customerRef,
    first.amount.currency,
    ...option.instalments.map((i) => `${i.due}=${toDecimal(i.amount)}`),
  ].join('|');
  const planKey = `tactful-plan-${fingerprint(canonical)}`;
  const promises = option.instalments.map((instalment, index) => ({
    id: `${planKey}-${index + 1}`,
    amount: instalment.amount,
    due: instalment.due,
    channel: acceptance.channel,
    recordedBy: acceptance.recordedBy,
  }));
  return { planKey, promises };
}
