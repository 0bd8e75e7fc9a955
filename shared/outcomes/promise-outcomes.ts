/**
 * Promises to pay, as a team lead sees them: per ISO week, how many fell due and how many of those
 * were kept, partly kept, broken or are still open; the kept rate; the amount promised against the
 * amount received, per currency; and the median days from first contact to first promise.
 *
 * A promise counts in the week it falls due (the week its outcome is decided), so a 12-instalment
 * plan spreads over 12 weeks instead of piling onto its acceptance day. Promises are judged by the
 * same rule as every host's plan panel (`evaluatePromises`), per customer and currency, against all
 * of the customer's payments; the filters then choose which promises are counted.
 */
import type { PlainDate } from '../calendar/calendar';
import type { Money } from '../money/money';
import { evaluatePromises, type PromiseState, type PromiseToPay } from '../plans/promises';
import { inRange, inScope, type OutcomeFilters } from './filters';
import { dayNumber, median, rate } from './figures';
import type { FirstContactRecord, PaymentRecord, PromiseRecord } from './records';
import type { IsoWeek } from './weeks';
import { weekLabeller } from './week-labeller';

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

/** A running sum of one currency's minor units. */
interface AmountSum {
  week: string;
  currency: string;
  promised: bigint;
  received: bigint;
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

/** Groups `items` by a key, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [item]);
    else group.push(item);
  }
  return groups;
}

/** Each promise's state and the money matched to it. */
export type JudgedPromises = ReadonlyMap<PromiseRecord, { state: PromiseState; paid: Money }>;

/** Each promise with its state and the money matched to it, judged per customer and currency. */
export function judgePromises(
  promises: readonly PromiseRecord[],
  payments: readonly PaymentRecord[],
  today: PlainDate,
): JudgedPromises {
  const judged = new Map<PromiseRecord, { state: PromiseState; paid: Money }>();
  const paymentsBy = groupBy(payments, (p) => `${p.customerRef}\u0000${p.amount.currency}`);
  const promisesBy = groupBy(promises, (p) => `${p.customerRef}\u0000${p.amount.currency}`);
  for (const [key, group] of promisesBy) {
    const asPromises: PromiseToPay[] = group.map((record) => ({
      id: record.id,
      amount: record.amount,
      due: record.due,
      channel: '',
      recordedBy: record.agent,
      ...(record.cancelled === true ? { cancelled: true } : {}),
    }));
    const evaluation = evaluatePromises(asPromises, paymentsBy.get(key) ?? [], today);
    evaluation.promises.forEach((entry, index) => {
      const record = group[index];
      if (record !== undefined) judged.set(record, { state: entry.state, paid: entry.paid });
    });
  }
  return judged;
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
  const weekOf = weekLabeller();
  const byWeek = new Map(
    options.weeks.map((week) => [
      week.label,
      { counts: emptyPromiseCounts(), customers: new Set<string>(), week },
    ]),
  );
  const total = emptyPromiseCounts();
  const amounts = new Map<string, AmountSum>();
  const amountTotals = new Map<string, AmountSum>();
  const counted = (record: PromiseRecord) =>
    inScope(record, filters) &&
    (filters.currency === undefined || record.amount.currency === filters.currency);

  for (const record of records.promises) {
    if (!counted(record) || !inRange(record.due, range)) continue;
    const outcome = judged.get(record);
    const row = byWeek.get(weekOf(record.due).label);
    if (outcome === undefined || row === undefined) continue;
    tally(row.counts, outcome.state);
    tally(total, outcome.state);
    row.customers.add(record.customerRef);
    if (outcome.state === 'cancelled') continue;
    // Sums kept per currency (the key holds it), added in place: 100k promises make no garbage.
    const currency = record.amount.currency;
    const weekKey = `${row.week.label}\u0000${currency}`;
    const weekSum = amounts.get(weekKey) ?? {
      week: row.week.label,
      currency,
      promised: 0n,
      received: 0n,
    };
    weekSum.promised += record.amount.minor;
    weekSum.received += outcome.paid.minor;
    amounts.set(weekKey, weekSum);
    const allSum = amountTotals.get(currency) ?? { week: '', currency, promised: 0n, received: 0n };
    allSum.promised += record.amount.minor;
    allSum.received += outcome.paid.minor;
    amountTotals.set(currency, allSum);
  }
  const asMoney = (sum: AmountSum) => ({
    currency: sum.currency,
    promised: { minor: sum.promised, currency: sum.currency },
    received: { minor: sum.received, currency: sum.currency },
  });

  return {
    weeks: [...byWeek.values()].map(({ counts, customers, week }) => ({
      week: week.label,
      monday: week.monday,
      ...withRate(counts),
      customerRefs: [...customers].sort(),
    })),
    total: withRate(total),
    amounts: [...amounts.values()]
      .sort((a, b) => a.week.localeCompare(b.week) || a.currency.localeCompare(b.currency))
      .map((sum) => ({ week: sum.week, ...asMoney(sum) })),
    amountTotals: [...amountTotals.values()]
      .sort((a, b) => a.currency.localeCompare(b.currency))
      .map(asMoney),
    medianDaysToFirstPromise: medianDaysToFirstPromise(records, counted, range),
  };
}

/**
 * Median days from first contact to first promise, over customers whose first counted promise was
 * made within the range and whose first contact is known (and not after that promise).
 */
function medianDaysToFirstPromise(
  records: { promises: readonly PromiseRecord[]; firstContacts: readonly FirstContactRecord[] },
  counted: (record: PromiseRecord) => boolean,
  range: { from: PlainDate; to: PlainDate },
): number | undefined {
  const firstPromise = new Map<string, PlainDate>();
  for (const record of records.promises) {
    if (record.cancelled === true || !counted(record)) continue;
    const earlier = firstPromise.get(record.customerRef);
    if (earlier === undefined || record.madeOn < earlier) {
      firstPromise.set(record.customerRef, record.madeOn);
    }
  }
  const firstContact = new Map<string, PlainDate>();
  for (const contact of records.firstContacts) {
    const earlier = firstContact.get(contact.customerRef);
    if (earlier === undefined || contact.on < earlier)
      firstContact.set(contact.customerRef, contact.on);
  }
  const days: number[] = [];
  for (const [customer, promisedOn] of firstPromise) {
    const contactedOn = firstContact.get(customer);
    if (contactedOn === undefined || !inRange(promisedOn, range)) continue;
    const gap = dayNumber(promisedOn) - dayNumber(contactedOn);
    if (gap >= 0) days.push(gap);
  }
  return median(days);
}
