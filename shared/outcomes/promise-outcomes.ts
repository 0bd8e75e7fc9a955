/**
 * Promises to pay, as a team lead sees them: per ISO week, how many fell due and how many of those
 * were kept, partly kept, broken or are still open; the kept rate; the amount promised against the
 * amount received, per currency; and the median days from first contact to first promise.
 *
 * A promise counts in the week it falls due (the week its outcome is decided), so a 12-instalment
 * plan spreads over 12 weeks instead of piling onto its acceptance day. Promises are judged by the
 * same rule as every host's plan panel (`judged-promises.ts`), per customer and currency, against
 * all of the customer's payments; the filters then choose which promises are counted. One pass over
 * the promises counts into typed arrays by week, state code, customer and currency id.
 */
import type { PlainDate } from '../calendar/calendar';
import type { Money } from '../money/money';
import { inRange, inScope } from './filters';
import { dayNumber, median, MinorUnitSum, rate } from './figures';
import {
  judgePromises,
  promiseStateCodes,
  stateCode,
  type JudgedPromises,
} from './judged-promises';
import type { FirstContactRecord, PaymentRecord, PromiseRecord } from './records';
import { outsideRange, WeekIndex, type ReportWindow } from './week-index';

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

/**
 * Counts by state code in a row of `width` numbers at `offset` (as `promiseStateCodes` orders them),
 * as the counts a lead sees.
 */
function countsOf(byState: Int32Array, offset: number): PromiseCounts {
  const at = (code: number) => byState[offset + code] ?? 0;
  const cancelled = at(stateCode.cancelled);
  const kept = at(stateCode.kept);
  const partlyKept = at(stateCode.partlyKept);
  const broken = at(stateCode.broken);
  return {
    made: kept + partlyKept + broken + at(stateCode.pending),
    kept,
    partlyKept,
    broken,
    open: at(stateCode.pending),
    cancelled,
    keptRate: rate(kept, kept + partlyKept + broken),
  };
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
  options: ReportWindow & {
    today: PlainDate;
    /** The promises already judged (the report judges them once for promises and plans). */
    judged?: JudgedPromises;
  },
): PromiseOutcomes {
  const { filters, range } = options;
  const judged = options.judged ?? judgePromises(records.promises, records.payments, options.today);
  const weekIndex = new WeekIndex(options.weeks, range);
  const weekCount = options.weeks.length;
  const currencyCount = judged.currencies.length;
  const stateCount = promiseStateCodes.length;
  // Counts by week and state code; customers seen per week, by id (made for weeks with promises);
  // promised and received per week and currency id, as sums of minor units, never across currencies.
  const byState = new Int32Array(weekCount * stateCount);
  const seen: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(weekCount);
  const promised: (MinorUnitSum | undefined)[] = new Array<MinorUnitSum | undefined>(
    weekCount * currencyCount,
  );
  const received: (MinorUnitSum | undefined)[] = new Array<MinorUnitSum | undefined>(
    weekCount * currencyCount,
  );
  // Each customer's first counted promise (for the median days), by customer id.
  const firstPromise = new Array<PlainDate | undefined>(judged.customerRefs.length);
  const filtered =
    filters.agent !== undefined ||
    filters.team !== undefined ||
    filters.brandOrOwner !== undefined ||
    filters.currency !== undefined;

  // One pass over the promises, a plain loop (a callback made per report would leave V8's
  // optimized loop behind once it is collected).
  for (let index = 0; index < records.promises.length; index += 1) {
    const record = records.promises[index];
    if (record === undefined) continue;
    if (
      filtered &&
      !(
        inScope(record, filters) &&
        (filters.currency === undefined || record.amount.currency === filters.currency)
      )
    ) {
      continue;
    }
    const customer = judged.customerIds[index] ?? 0;
    if (record.cancelled !== true) {
      const earlier = firstPromise[customer];
      if (earlier === undefined || record.madeOn < earlier) firstPromise[customer] = record.madeOn;
    }
    const week = weekIndex.weekOf(record.due);
    if (week === outsideRange) continue;
    const state = judged.states[index] ?? stateCode.pending;
    byState[week * stateCount + state] = (byState[week * stateCount + state] ?? 0) + 1;
    let weekSeen = seen[week];
    if (weekSeen === undefined) {
      weekSeen = new Uint8Array(judged.customerRefs.length);
      seen[week] = weekSeen;
    }
    weekSeen[customer] = 1;
    if (state === stateCode.cancelled) continue;
    const at = week * currencyCount + (judged.currencyIds[index] ?? 0);
    let promisedSum = promised[at];
    let receivedSum = received[at];
    if (promisedSum === undefined || receivedSum === undefined) {
      promisedSum = new MinorUnitSum();
      receivedSum = new MinorUnitSum();
      promised[at] = promisedSum;
      received[at] = receivedSum;
    }
    promisedSum.add(record.amount.minor);
    receivedSum.add(judged.paidMinor[index] ?? 0n);
  }

  const totalByState = new Int32Array(stateCount);
  for (let at = 0; at < byState.length; at += 1) {
    const code = at % stateCount;
    totalByState[code] = (totalByState[code] ?? 0) + (byState[at] ?? 0);
  }
  // Currencies in code order within a week; totals in the order first met, then by localeCompare.
  const currencyOrder = judged.currencies
    .map((currency, id) => ({ currency, id }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  const amounts: PromisedAmount[] = [];
  const amountTotals = new Map<string, { promised: bigint; received: bigint }>();
  options.weeks.forEach((week, weekIndex) => {
    for (const { currency, id } of currencyOrder) {
      const promisedSum = promised[weekIndex * currencyCount + id];
      const receivedSum = received[weekIndex * currencyCount + id];
      if (promisedSum === undefined || receivedSum === undefined) continue;
      const promisedMinor = promisedSum.total();
      const receivedMinor = receivedSum.total();
      amounts.push({
        week: week.label,
        currency,
        promised: { minor: promisedMinor, currency },
        received: { minor: receivedMinor, currency },
      });
      const all = amountTotals.get(currency) ?? { promised: 0n, received: 0n };
      amountTotals.set(currency, {
        promised: all.promised + promisedMinor,
        received: all.received + receivedMinor,
      });
    }
  });

  return {
    weeks: options.weeks.map((week, index) => ({
      week: week.label,
      monday: week.monday,
      ...countsOf(byState, index * stateCount),
      customerRefs: customersSeen(seen[index], judged.customerRefs, judged.customerOrder),
    })),
    total: countsOf(totalByState, 0),
    amounts,
    amountTotals: [...amountTotals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => ({
        currency,
        promised: { minor: sums.promised, currency },
        received: { minor: sums.received, currency },
      })),
    medianDaysToFirstPromise: medianDaysToFirstPromise(
      records.firstContacts,
      judged,
      firstPromise,
      range,
    ),
  };
}
/**
 * The refs of the customers flagged in `flags` (by id), in `order`: the refs sorted once per report
 * (`judged.customerOrder`), not once per week.
 */
export function customersSeen(
  flags: Uint8Array | undefined,
  refs: readonly string[],
  order: readonly number[],
): string[] {
  const seen: string[] = [];
  if (flags === undefined) return seen;
  for (const id of order) if (flags[id] === 1) seen.push(refs[id] ?? '');
  return seen;
}

/**
 * Median days from first contact to first promise, over customers whose first counted promise was
 * made within the range and whose first contact is known (and not after that promise).
 */
function medianDaysToFirstPromise(
  firstContacts: readonly FirstContactRecord[],
  judged: JudgedPromises,
  firstPromise: readonly (PlainDate | undefined)[],
  range: { from: PlainDate; to: PlainDate },
): number | undefined {
  // Each customer's first contact, by customer id (customers with no promise do not count).
  const firstContact = new Array<PlainDate | undefined>(judged.customerRefs.length);
  for (const contact of firstContacts) {
    const customer = judged.customerIdOf.get(contact.customerRef);
    if (customer === undefined) continue;
    const earlier = firstContact[customer];
    if (earlier === undefined || contact.on < earlier) firstContact[customer] = contact.on;
  }
  const days: number[] = [];
  for (let customer = 0; customer < firstPromise.length; customer += 1) {
    const promisedOn = firstPromise[customer];
    const contactedOn = firstContact[customer];
    if (promisedOn === undefined || contactedOn === undefined || !inRange(promisedOn, range)) {
      continue;
    }
    const gap = dayNumber(promisedOn) - dayNumber(contactedOn);
    if (gap >= 0) days.push(gap);
  }
  return median(days);
}
