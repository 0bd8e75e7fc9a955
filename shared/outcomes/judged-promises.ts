/**
 * Every promise judged once per report, by the plan panel's rule (`matchPromises`), per customer
 * and currency against all of the customer's payments. The answer is kept in typed arrays by the
 * promise's position in its list: its state as a small code, its customer, currency and plan as
 * small integer ids, and each plan's promises as a slice of one index array. The figures then count
 * in arrays by id instead of string-keyed maps, sets or an object per promise (100k at a time).
 */
import type { PlainDate } from '../calendar/calendar';
import { matchPromises, type PromiseState } from '../plans/promises';
import type { PaymentRecord, PromiseRecord } from './records';

/** Promise states by code: a judged promise's state is stored as its position here. */
export const promiseStateCodes = [
  'pending',
  'kept',
  'partly-kept',
  'broken',
  'cancelled',
] as const satisfies readonly PromiseState[];
/** Each state's code: its position in `promiseStateCodes`. */
export const stateCode = { pending: 0, kept: 1, partlyKept: 2, broken: 3, cancelled: 4 } as const;

/** The code of `state` in `promiseStateCodes`. */
export function promiseStateCode(state: PromiseState): number {
  if (state === 'kept') return stateCode.kept;
  if (state === 'partly-kept') return stateCode.partlyKept;
  if (state === 'broken') return stateCode.broken;
  if (state === 'cancelled') return stateCode.cancelled;
  return stateCode.pending;
}

export interface JudgedPromises {
  /** Each promise's state as a code of `promiseStateCodes`. */
  readonly states: Uint8Array;
  /** The minor units of the customer's payments matched to each promise. */
  readonly paidMinor: readonly bigint[];
  /** The position of each promise's `customerRef` in `customerRefs`. */
  readonly customerIds: Int32Array;
  /** Each distinct customerRef once, in the order first seen. */
  readonly customerRefs: readonly string[];
  /** A customerRef's position in `customerRefs`. */
  readonly customerIdOf: ReadonlyMap<string, number>;
  /** The position of each promise's currency in `currencies`. */
  readonly currencyIds: Int32Array;
  /** Each distinct currency of the promises once, in the order first seen. */
  readonly currencies: readonly string[];
  /** A planKey's id: its promises' positions are `planPromises[planStarts[id] .. planStarts[id + 1]]`. */
  readonly planIdOf: ReadonlyMap<string, number>;
  /** Each distinct planKey once, in the order first seen (its id is its position). */
  readonly planKeys: readonly string[];
  /** Customer ids in the code-unit order of their refs (what `sort()` gives the refs). */
  readonly customerOrder: readonly number[];
  readonly planStarts: Int32Array;
  /** Promise positions grouped by plan, in list order within a plan. */
  readonly planPromises: Int32Array;
}

/** Small integer ids for strings, in the order first seen, with the last one checked first. */
class Ids {
  readonly names: string[] = [];
  readonly idOf = new Map<string, number>();
  private lastName: string | undefined;
  private lastId = -1;

  of(name: string): number {
    if (name === this.lastName) return this.lastId;
    let id = this.idOf.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.idOf.set(name, id);
    }
    this.lastName = name;
    this.lastId = id;
    return id;
  }
}

/**
 * Groups of one customer's promises in one currency, numbered as first made: a customer's first
 * currency has its group in arrays by customer, any other (rare) in a map by customer and currency.
 */
class CurrencyGroups {
  count = 0;
  private readonly firstGroup: Int32Array;
  private readonly firstGroupCurrency: Int32Array;
  private readonly otherGroups = new Map<number, number>();

  constructor(
    customerCount: number,
    private readonly currencyCount: number,
  ) {
    this.firstGroup = new Int32Array(customerCount).fill(-1);
    this.firstGroupCurrency = new Int32Array(customerCount);
  }

  /** The group of `customer` in `currency`, made when missing if `make`, else -1. */
  of(customer: number, currency: number, make: boolean): number {
    const first = this.firstGroup[customer] ?? -1;
    if (first >= 0 && this.firstGroupCurrency[customer] === currency) return first;
    const key = customer * this.currencyCount + currency;
    const other = this.otherGroups.get(key);
    if (other !== undefined || !make) return other ?? -1;
    const group = this.count;
    this.count += 1;
    if (first < 0) {
      this.firstGroup[customer] = group;
      this.firstGroupCurrency[customer] = currency;
    } else this.otherGroups.set(key, group);
    return group;
  }
}

/**
 * Positions grouped by key: `order[starts[key] .. starts[key + 1]]` are the positions whose key is
 * `key`, in ascending position (a counting sort); a negative key leaves the position out.
 */
function groupPositions(
  keys: Int32Array,
  keyCount: number,
): { starts: Int32Array; order: Int32Array } {
  const starts = new Int32Array(keyCount + 1);
  for (const key of keys) if (key >= 0) starts[key + 1] = (starts[key + 1] ?? 0) + 1;
  for (let key = 0; key < keyCount; key += 1) {
    starts[key + 1] = (starts[key + 1] ?? 0) + (starts[key] ?? 0);
  }
  const next = starts.slice(0, keyCount);
  const order = new Int32Array(starts[keyCount] ?? 0);
  for (let position = 0; position < keys.length; position += 1) {
    const key = keys[position] ?? -1;
    if (key < 0) continue;
    const at = next[key] ?? 0;
    order[at] = position;
    next[key] = at + 1;
  }
  return { starts, order };
}

/** Positions of `names` in their code-unit order (what `Array.prototype.sort` gives strings). */
export function inCodeUnitOrder(names: readonly string[]): number[] {
  return Array.from(names, (_, id) => id).sort((a, b) => {
    const first = names[a] ?? '';
    const second = names[b] ?? '';
    return first < second ? -1 : first > second ? 1 : 0;
  });
}

/** Each promise with its state and the money matched to it, judged per customer and currency. */
export function judgePromises(
  promises: readonly PromiseRecord[],
  payments: readonly PaymentRecord[],
  today: PlainDate,
): JudgedPromises {
  const customers = new Ids();
  const currencies = new Ids();
  const plans = new Ids();
  const customerIds = new Int32Array(promises.length);
  const currencyIds = new Int32Array(promises.length);
  const planIds = new Int32Array(promises.length);
  // Plain loops here and below, no callback per record: a closure made per report would be
  // inlined as that one function and V8's optimized loop thrown away once it is collected.
  for (let index = 0; index < promises.length; index += 1) {
    const promise = promises[index];
    if (promise === undefined) continue;
    customerIds[index] = customers.of(promise.customerRef);
    currencyIds[index] = currencies.of(promise.amount.currency);
    planIds[index] = promise.planKey === undefined ? -1 : plans.of(promise.planKey);
  }
  const groups = new CurrencyGroups(customers.names.length, currencies.names.length);
  const promiseGroups = new Int32Array(promises.length);
  for (let index = 0; index < promises.length; index += 1) {
    promiseGroups[index] = groups.of(customerIds[index] ?? 0, currencyIds[index] ?? 0, true);
  }
  // Payments of a customer and currency with no promise match nothing: not judged.
  const paymentGroups = new Int32Array(payments.length);
  let lastRef: string | undefined;
  let lastCustomer: number | undefined;
  for (let index = 0; index < payments.length; index += 1) {
    const payment = payments[index];
    if (payment === undefined) continue;
    const customer =
      payment.customerRef === lastRef ? lastCustomer : customers.idOf.get(payment.customerRef);
    lastRef = payment.customerRef;
    lastCustomer = customer;
    const currency = currencies.idOf.get(payment.amount.currency);
    paymentGroups[index] =
      customer === undefined || currency === undefined ? -1 : groups.of(customer, currency, false);
  }
  const promisesByGroup = groupPositions(promiseGroups, groups.count);
  const paymentsByGroup = groupPositions(paymentGroups, groups.count);

  const states = new Uint8Array(promises.length);
  const paidMinor = new Array<bigint>(promises.length).fill(0n);
  // Reused for every group: matchPromises keeps neither list.
  const groupPromises: PromiseRecord[] = [];
  const groupPayments: PaymentRecord[] = [];
  for (let group = 0; group < groups.count; group += 1) {
    const promiseStart = promisesByGroup.starts[group] ?? 0;
    const promiseEnd = promisesByGroup.starts[group + 1] ?? 0;
    groupPromises.length = 0;
    for (let at = promiseStart; at < promiseEnd; at += 1) {
      const record = promises[promisesByGroup.order[at] ?? 0];
      if (record !== undefined) groupPromises.push(record);
    }
    groupPayments.length = 0;
    const paymentEnd = paymentsByGroup.starts[group + 1] ?? 0;
    for (let at = paymentsByGroup.starts[group] ?? 0; at < paymentEnd; at += 1) {
      const payment = payments[paymentsByGroup.order[at] ?? 0];
      if (payment !== undefined) groupPayments.push(payment);
    }
    // The plan panel's rule, answered as arrays (no object per promise over 100k promises).
    const match = matchPromises(groupPromises, groupPayments, today);
    for (let at = promiseStart; at < promiseEnd; at += 1) {
      const index = promisesByGroup.order[at] ?? 0;
      states[index] = promiseStateCode(match.states[at - promiseStart] ?? 'pending');
      paidMinor[index] = match.paid[at - promiseStart] ?? 0n;
    }
  }
  const promisesByPlan = groupPositions(planIds, plans.names.length);
  return {
    states,
    paidMinor,
    customerIds,
    customerRefs: customers.names,
    customerIdOf: customers.idOf,
    currencyIds,
    currencies: currencies.names,
    planIdOf: plans.idOf,
    planKeys: plans.names,
    customerOrder: inCodeUnitOrder(customers.names),
    planStarts: promisesByPlan.starts,
    planPromises: promisesByPlan.order,
  };
}
