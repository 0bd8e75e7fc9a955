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
  // Payments and promises usually come in date order already: then no order is made or sorted
  // (the sorts are stable, so equal dates keep the order given).
  const rule: MatchRule = {
    promises,
    payments,
    promiseOrder: inDateOrder(promises, 'due') ? undefined : byDate(promises.map((p) => p.due)),
    paymentOrder: inDateOrder(payments, 'paidOn')
      ? undefined
      : byDate(payments.map((p) => p.paidOn)),
    today,
    grace,
    states: new Array<PromiseState>(promises.length).fill('pending'),
    paid: new Array<bigint>(promises.length).fill(0n),
  };
  const unmatched = fitsInNumbers(promises, payments, allowance)
    ? matchInNumbers(rule, Number(allowance))
    : matchInBigInts(rule, allowance);
  const { states, paid } = rule;
  return { currency, states, paid, health: healthOf(states, rule.promiseOrder), unmatched };
}

/** What both ways of matching read, and the states and money they write, by promise position. */
interface MatchRule {
  readonly promises: readonly DatedPromise[];
  readonly payments: readonly Payment[];
  /** Positions in due order, or undefined when the promises are in due order already. */
  readonly promiseOrder: readonly number[] | undefined;
  /** Positions in payment order, or undefined when the payments are in date order already. */
  readonly paymentOrder: readonly number[] | undefined;
  readonly today: PlainDate;
  readonly grace: number;
  readonly states: PromiseState[];
  readonly paid: bigint[];
}

/**
 * True when every amount together is below 2^52 in size: then no sum or difference the rule makes
 * (money matched, money left, a shortfall) passes 2^53, and Numbers give exactly what BigInts do,
 * without a BigInt made at every step (outcomes match 100k promises at a time).
 */
function fitsInNumbers(
  promises: readonly DatedPromise[],
  payments: readonly Payment[],
  allowance: bigint,
): boolean {
  let total = Math.abs(Number(allowance));
  for (const promise of promises) total += Math.abs(Number(promise.amount.minor));
  for (const payment of payments) total += Math.abs(Number(payment.amount.minor));
  return total < 2 ** 52;
}

/**
 * A promise's state once `paid` is matched to it: kept when paid in full (less the allowance),
 * pending before its deadline, partly kept when some was paid, broken when nothing was.
 */
function stateOf(withinAllowance: boolean, passed: boolean, anyPaid: boolean): PromiseState {
  return withinAllowance ? 'kept' : !passed ? 'pending' : anyPaid ? 'partly-kept' : 'broken';
}

/**
 * The deadline of the promise at `index` (undefined when there is none): its due date plus the
 * grace days (none, the usual case, is free).
 */
function deadlineAt(rule: MatchRule, index: number): PlainDate | undefined {
  const promise = rule.promises[index];
  if (promise === undefined) return undefined;
  return rule.grace === 0 ? promise.due : addDays(promise.due, rule.grace);
}

/**
 * The position of the promise that comes `position`th in due order, or -1 when it is cancelled
 * (marked so here: a cancelled promise takes no money). Both matching loops start each promise here.
 */
function openPromise(rule: MatchRule, position: number): number {
  const index = rule.promiseOrder === undefined ? position : (rule.promiseOrder[position] ?? 0);
  if (rule.promises[index]?.cancelled !== true) return index;
  rule.states[index] = 'cancelled';
  return -1;
}

/** The position of the `i`th payment in date order, or -1 when it was paid after `deadline`. */
function paymentBefore(rule: MatchRule, i: number, deadline: PlainDate): number {
  const at = rule.paymentOrder === undefined ? i : (rule.paymentOrder[i] ?? 0);
  const payment = rule.payments[at];
  return payment === undefined || compareDates(payment.paidOn, deadline) > 0 ? -1 : at;
}

/** Records a matched promise's state (see `stateOf`): the deadline passed or not, as of today. */
function closePromise(
  rule: MatchRule,
  index: number,
  deadline: PlainDate,
  withinAllowance: boolean,
  anyPaid: boolean,
): void {
  const passed = compareDates(rule.today, deadline) > 0;
  rule.states[index] = stateOf(withinAllowance, passed, anyPaid);
}

/**
 * Matches in Numbers (see `fitsInNumbers`): payments oldest first to the earliest promise they can
 * still count for. Answers the money left unmatched. `matchInBigInts` is the same rule in BigInts;
 * a property test checks the two agree.
 */
function matchInNumbers(rule: MatchRule, allowance: number): bigint {
  const { promises, payments, paymentOrder } = rule;
  // A plain array made at its size: a typed array, or one grown by push, costs more to make than
  // these few numbers do to hold (25k customers' payments at a time).
  const left = new Array<number>(payments.length);
  for (let i = 0; i < payments.length; i += 1) left[i] = Number(payments[i]?.amount.minor ?? 0n);
  let used = 0;
  for (let position = 0; position < promises.length; position += 1) {
    const index = openPromise(rule, position);
    const deadline = deadlineAt(rule, index);
    if (deadline === undefined) continue;
    const amount = Number(promises[index]?.amount.minor ?? 0n);
    let paid = 0;
    // Payments used up by earlier promises are skipped once, so matching stays linear.
    while (used < payments.length && left[paymentOrder?.[used] ?? used] === 0) used += 1;
    for (let i = used; i < payments.length && paid < amount; i += 1) {
      const at = paymentBefore(rule, i, deadline);
      if (at < 0) break;
      const remaining = left[at] ?? 0;
      const take = remaining < amount - paid ? remaining : amount - paid;
      left[at] = remaining - take;
      paid += take;
    }
    closePromise(rule, index, deadline, amount - paid <= allowance, paid > 0);
    rule.paid[index] = paid === 0 ? 0n : BigInt(paid);
  }
  let unmatched = 0;
  for (const remaining of left) unmatched += remaining;
  return BigInt(unmatched);
}

/** `matchInNumbers` in BigInts, for amounts too large for Numbers to add exactly. */
function matchInBigInts(rule: MatchRule, allowance: bigint): bigint {
  const { promises, payments, paymentOrder } = rule;
  const left = payments.map((payment) => payment.amount.minor);
  let used = 0;
  for (let position = 0; position < promises.length; position += 1) {
    const index = openPromise(rule, position);
    const deadline = deadlineAt(rule, index);
    if (deadline === undefined) continue;
    const amount = promises[index]?.amount.minor ?? 0n;
    let paid = 0n;
    while (used < payments.length && left[paymentOrder?.[used] ?? used] === 0n) used += 1;
    for (let i = used; i < payments.length && paid < amount; i += 1) {
      const at = paymentBefore(rule, i, deadline);
      if (at < 0) break;
      const remaining = left[at] ?? 0n;
      const take = remaining < amount - paid ? remaining : amount - paid;
      left[at] = remaining - take;
      paid += take;
    }
    closePromise(rule, index, deadline, amount - paid <= allowance, paid > 0n);
    rule.paid[index] = paid;
  }
  return left.reduce((sum, remaining) => sum + remaining, 0n);
}

/**
 * The plan's health from its promises' states in due order: a miss (broken or partly kept) puts it
 * at risk until a later promise is kept; two misses in a row, cancelled promises aside, break it.
 */
function healthOf(
  states: readonly PromiseState[],
  promiseOrder: readonly number[] | undefined,
): PlanHealth {
  let health: PlanHealth = 'on-track';
  let lastWasMiss = false;
  for (let position = 0; position < states.length; position += 1) {
    const state = states[promiseOrder === undefined ? position : (promiseOrder[position] ?? 0)];
    if (state === 'kept') {
      lastWasMiss = false;
      if (health === 'at-risk') health = 'on-track';
    } else if (state === 'broken' || state === 'partly-kept') {
      if (lastWasMiss) health = 'broken';
      else if (health !== 'broken') health = 'at-risk';
      lastWasMiss = true;
    }
  }
  return health;
}

/**
 * True when `items`' dates under `key` never go back in time (payments by `paidOn`, promises by
 * `due`). The key is a property name rather than a callback: a callback made per call would be a new
 * closure each time, and V8 would throw away the caller's optimized code whenever one is collected.
 */
function inDateOrder<Key extends string>(
  items: readonly Readonly<Record<Key, PlainDate>>[],
  key: Key,
): boolean {
  for (let i = 1; i < items.length; i += 1) {
    const previous = items[i - 1];
    const current = items[i];
    if (previous !== undefined && current !== undefined && previous[key] > current[key]) {
      return false;
    }
  }
  return true;
}

/** Positions of `dates` in date order, equal dates in the order given (a stable sort). */
function byDate(dates: readonly string[]): number[] {
  return dates
    .map((_, index) => index)
    .sort((a, b) => {
      const first = dates[a] ?? '';
      const second = dates[b] ?? '';
      return first < second ? -1 : first > second ? 1 : a - b;
    });
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
