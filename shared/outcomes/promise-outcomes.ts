/**
 * Promises to pay, as a team lead sees them: per ISO week, how many fell due and how many of those
 * were kept, partly kept, broken or are still open; the kept rate; the amount promised against the
 * amount received, per currency; and the median days from first contact to first promise.
 *
 * A promise counts in the week it falls due (the week its outcome is decided), so a 12-instalment
 * plan spreads over 12 weeks instead of piling onto its acceptance day. Promises are judged by the
 * same rule as every host's plan panel (`evaluatePromises`, through `matchPromises`), per customer and currency, against all
 * of the customer's payments; the filters then choose which promises are counted.
 */
import type { PlainDate } from '../calendar/calendar';
import type { Money } from '../money/money';
import { matchPromises, type PromiseState } from '../plans/promises';
import { inRange, inScope, type OutcomeFilters } from './filters';
import { dayNumber, median, MinorUnitSum, rate } from './figures';
import type { FirstContactRecord, PaymentRecord, PromiseRecord } from './records';
import { outsideRange, weekIndexer } from './week-index';
import type { IsoWeek } from './weeks';

/** Promise counts of one set of promises; `kept + partlyKept + broken + open = made`. */
export interface PromiseCounts {
  /** Promises that fell due (cancelled ones are not promises any more, and are counted apart). */
  made: number;
  kept: number;
  partlyKept: number;
  broken: number;
  /** Not yet decided: the due date (plus grace) has not passed. */
  open: number;
  cancelled: number;
  /** kept / (kept + partly kept + broken); undefined while none is decided. */
  keptRate: number | undefined;
}

/** One ISO week's promises and the customers behind them. */
export interface PromiseWeek extends PromiseCounts {
  week: string;
  monday: PlainDate;
  /** The host ids of the customers whose promises fell due that week (the link behind the row). */
  customerRefs: string[];
}

/** Money promised and received in one currency, never summed with another. */
export interface PromisedAmount {
  week: string;
  currency: string;
  promised: Money;
  /** Payments matched to those promises. */
  received: Money;
}

export interface PromiseOutcomes {
  weeks: PromiseWeek[];
  total: PromiseCounts;
  /** Per week and currency, oldest week first, currencies in code order within a week. */
  amounts: PromisedAmount[];
  /** Per currency over the whole range. */
  amountTotals: Omit<PromisedAmount, 'week'>[];
  /** Median whole days from a customer's first contact to their first promise; undefined if none. */
  medianDaysToFirstPromise: number | undefined;
}

/** Counts with nothing in them. */
export function emptyPromiseCounts(): PromiseCounts {
  return { made: 0, kept: 0, partlyKept: 0, broken: 0, open: 0, cancelled: 0, keptRate: undefined };
}

function tally(counts: PromiseCounts, state: PromiseState): void {
  if (state === 'cancelled') {
    counts.cancelled += 1;
    return;
  }
  counts.made += 1;
  if (state === 'kept') counts.kept += 1;
  else if (state === 'partly-kept') counts.partlyKept += 1;
  else if (state === 'broken') counts.broken += 1;
  else counts.open += 1;
}

function withRate(counts: PromiseCounts): PromiseCounts {
  return {
    ...counts,
    keptRate: rate(counts.kept, counts.kept + counts.partlyKept + counts.broken),
  };
}

/** One customer's promises and payments in one currency, as positions in the record lists. */
interface CustomerCurrency {
  currency: string;
  promises: number[];
  payments: number[];
}

/** One customer: a small integer id and their promises and payments per currency. */
interface Customer {
  id: number;
  groups: CustomerCurrency[];
}

/** The customer's group for `currency`, made when missing (a customer rarely has two). */
function groupFor(customer: Customer, currency: string): CustomerCurrency {
  for (const group of customer.groups) if (group.currency === currency) return group;
  const group: CustomerCurrency = { currency, promises: [], payments: [] };
  customer.groups.push(group);
  return group;
}

/**
 * Each promise's state and the minor units matched to it, at the promise's position in the list
 * the promises were judged from (arrays, not a map from record to result: 100k promises at a time),
 * and its customer as a small integer id, so later passes count customers in arrays, not sets.
 */
export interface JudgedPromises {
  readonly states: readonly PromiseState[];
  readonly paidMinor: readonly bigint[];
  /** The position of each promise's `customerRef` in `customerRefs`. */
  readonly customerIds: Int32Array;
  /** Each distinct customerRef once, in the order first seen. */
  readonly customerRefs: readonly string[];
}

/** Each promise with its state and the money matched to it, judged per customer and currency. */
export function judgePromises(
  promises: readonly PromiseRecord[],
  payments: readonly PaymentRecord[],
  today: PlainDate,
): JudgedPromises {
  const states: PromiseState[] = new Array<PromiseState>(promises.length).fill('pending');
  const paidMinor: bigint[] = new Array<bigint>(promises.length).fill(0n);
  const customerIds = new Int32Array(promises.length);
  const customerRefs: string[] = [];
  const customers = new Map<string, Customer>();
  // A customer's promises and payments are usually listed together: the last customer is checked
  // before the map.
  let lastRef: string | undefined;
  let last: Customer | undefined;
  promises.forEach((promise, index) => {
    let customer = promise.customerRef === lastRef ? last : customers.get(promise.customerRef);
    if (customer === undefined) {
      customer = { id: customerRefs.length, groups: [] };
      customers.set(promise.customerRef, customer);
      customerRefs.push(promise.customerRef);
    }
    lastRef = promise.customerRef;
    last = customer;
    customerIds[index] = customer.id;
    groupFor(customer, promise.amount.currency).promises.push(index);
  });
  payments.forEach((payment, index) => {
    // Payments of a customer and currency with no promise match nothing: not judged.
    const customer = payment.customerRef === lastRef ? last : customers.get(payment.customerRef);
    lastRef = payment.customerRef;
    last = customer;
    customer?.groups
      .find((group) => group.currency === payment.amount.currency)
      ?.payments.push(index);
  });
  for (const customer of customers.values()) {
    for (const group of customer.groups) {
      const groupPromises: PromiseRecord[] = [];
      for (const index of group.promises) {
        const record = promises[index];
        if (record !== undefined) groupPromises.push(record);
      }
      const groupPayments: PaymentRecord[] = [];
      for (const index of group.payments) {
        const payment = payments[index];
        if (payment !== undefined) groupPayments.push(payment);
      }
      // The plan panel's rule, answered as arrays (no object per promise over 100k promises).
      const match = matchPromises(groupPromises, groupPayments, today);
      group.promises.forEach((index, position) => {
        states[index] = match.states[position] ?? 'pending';
        paidMinor[index] = match.paid[position] ?? 0n;
      });
    }
  }
  return { states, paidMinor, customerIds, customerRefs };
}

/**
 * The promise figures for `weeks` (the range's ISO weeks, oldest first) as of `today`. Only promises
 * due within `range`, in scope and (when filtered) in the currency are counted.
 */
export function promiseOutcomes(
  records: {
    promises: readonly PromiseRecord[];
    payments: readonly PaymentRecord[];
    firstContacts: readonly FirstContactRecord[];
  },
  options: {
    today: PlainDate;
    weeks: readonly IsoWeek[];
    range: { from: PlainDate; to: PlainDate };
    filters: OutcomeFilters;
    /** The promises already judged (the report judges them once for promises and plans). */
    judged?: JudgedPromises;
  },
): PromiseOutcomes {
  const { filters, range } = options;
  const judged = options.judged ?? judgePromises(records.promises, records.payments, options.today);
  const weekOf = weekIndexer(options.weeks, range);
  const weeks = options.weeks.map((week) => ({
    week,
    counts: emptyPromiseCounts(),
    // Customers seen this week, by id (allocated for the weeks that have promises).
    seen: undefined as Uint8Array | undefined,
    customerRefs: [] as string[],
    // Promised and received per currency, as sums of minor units, never across currencies.
    amounts: new Map<string, { promised: MinorUnitSum; received: MinorUnitSum }>(),
  }));
  const total = emptyPromiseCounts();
  const counted = (record: PromiseRecord) =>
    inScope(record, filters) &&
    (filters.currency === undefined || record.amount.currency === filters.currency);

  records.promises.forEach((record, index) => {
    const week = weekOf(record.due);
    const row = weeks[week];
    const state = judged.states[index];
    if (week === outsideRange || row === undefined || state === undefined) return;
    if (!counted(record)) return;
    tally(row.counts, state);
    tally(total, state);
    const customer = judged.customerIds[index] ?? 0;
    row.seen ??= new Uint8Array(judged.customerRefs.length);
    if (row.seen[customer] === 0) {
      row.seen[customer] = 1;
      row.customerRefs.push(record.customerRef);
    }
    if (state === 'cancelled') return;
    const currency = record.amount.currency;
    let sums = row.amounts.get(currency);
    if (sums === undefined) {
      sums = { promised: new MinorUnitSum(), received: new MinorUnitSum() };
      row.amounts.set(currency, sums);
    }
    sums.promised.add(record.amount.minor);
    sums.received.add(judged.paidMinor[index] ?? 0n);
  });
  const amounts: PromisedAmount[] = [];
  const amountTotals = new Map<string, { promised: bigint; received: bigint }>();
  for (const row of weeks) {
    for (const currency of [...row.amounts.keys()].sort()) {
      const sums = row.amounts.get(currency);
      if (sums === undefined) continue;
      const promised = sums.promised.total();
      const received = sums.received.total();
      amounts.push({
        week: row.week.label,
        currency,
        promised: { minor: promised, currency },
        received: { minor: received, currency },
      });
      const all = amountTotals.get(currency) ?? { promised: 0n, received: 0n };
      amountTotals.set(currency, {
        promised: all.promised + promised,
        received: all.received + received,
      });
    }
  }

  return {
    weeks: weeks.map(({ counts, customerRefs, week }) => ({
      week: week.label,
      monday: week.monday,
      ...withRate(counts),
      customerRefs: customerRefs.sort(),
    })),
    total: withRate(total),
    amounts,
    amountTotals: [...amountTotals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => ({
        currency,
        promised: { minor: sums.promised, currency },
        received: { minor: sums.received, currency },
      })),
    medianDaysToFirstPromise: medianDaysToFirstPromise(records, judged, counted, range),
  };
}
/**
 * Median days from first contact to first promise, over customers whose first counted promise was
 * made within the range and whose first contact is known (and not after that promise).
 */
function medianDaysToFirstPromise(
  records: { promises: readonly PromiseRecord[]; firstContacts: readonly FirstContactRecord[] },
  judged: JudgedPromises,
  counted: (record: PromiseRecord) => boolean,
  range: { from: PlainDate; to: PlainDate },
): number | undefined {
  // Each customer's first counted promise, by customer id.
  const firstPromise = new Array<PlainDate | undefined>(judged.customerRefs.length);
  records.promises.forEach((record, index) => {
    if (record.cancelled === true || !counted(record)) return;
    const customer = judged.customerIds[index] ?? 0;
    const earlier = firstPromise[customer];
    if (earlier === undefined || record.madeOn < earlier) firstPromise[customer] = record.madeOn;
  });
  const firstContact = new Map<string, PlainDate>();
  for (const contact of records.firstContacts) {
    const earlier = firstContact.get(contact.customerRef);
    if (earlier === undefined || contact.on < earlier)
      firstContact.set(contact.customerRef, contact.on);
  }
  const days: number[] = [];
  firstPromise.forEach((promisedOn, customer) => {
    const ref = judged.customerRefs[customer];
    const contactedOn = ref === undefined ? undefined : firstContact.get(ref);
    if (promisedOn === undefined || contactedOn === undefined || !inRange(promisedOn, range))
      return;
    const gap = dayNumber(promisedOn) - dayNumber(contactedOn);
    if (gap >= 0) days.push(gap);
  });
  return median(days);
}
