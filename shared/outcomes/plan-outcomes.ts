/**
 * Payment plans, as a team lead sees them: how many started in the range, how many are on track, at
 * risk, completed or broken today, and the completion rate by plan length and by whether the first
 * payment was taken at once (the two vendor claims in our domain notes, measured on the lead's data).
 */
import { compareDates, type PlainDate } from '../calendar/calendar';
import type { PromiseState } from '../plans/promises';
import { inRange, inScope, type OutcomeFilters } from './filters';
import { rate } from './figures';
import { judgePromises, promiseStateCode, stateCode, type JudgedPromises } from './judged-promises';
import { customersSeen } from './promise-outcomes';
import type { PaymentRecord, PlanRecord, PromiseRecord } from './records';

/** Where a plan stands today. */
export const planStatuses = ['on-track', 'at-risk', 'completed', 'broken'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Plan lengths in instalments, as the vendor claims group them. */
export const planLengthBuckets = ['up-to-3', '4-to-6', '7-to-12', 'over-12'] as const;
export type PlanLengthBucket = (typeof planLengthBuckets)[number];

/** Whether the first payment was due the day the plan was agreed. */
export const firstPaymentTimings = ['at-once', 'later'] as const;
export type FirstPaymentTiming = (typeof firstPaymentTimings)[number];

/** The length bucket of a plan of `count` instalments. */
export function lengthBucket(count: number): PlanLengthBucket {
  if (count <= 3) return 'up-to-3';
  if (count <= 6) return '4-to-6';
  if (count <= 12) return '7-to-12';
  return 'over-12';
}

/**
 * A plan's status from its promises' states in due order: completed when every promise is kept;
 * broken after two misses in a row (cancelled promises aside), the rule of `evaluatePromises`' plan
 * health, or when nothing is left to pay for and it was not completed; at risk after one miss until
 * a later promise is kept; on track otherwise.
 */
export function planStatusOf(statesInDueOrder: readonly PromiseState[]): PlanStatus {
  const codes = Uint8Array.from(statesInDueOrder, promiseStateCode);
  return planStatusOfCodes(
    codes,
    codes.map((_, position) => position),
    0,
    codes.length,
  );
}

/**
 * `planStatusOf` over state codes (`promiseStateCodes`), reading `codes[order[i]]` for `i` from
 * `start` to `end` in due order: the report's plans are slices of one index array, in one pass.
 */
export function planStatusOfCodes(
  codes: ArrayLike<number>,
  order: ArrayLike<number>,
  start: number,
  end: number,
): PlanStatus {
  let live = 0;
  let allKept = true;
  let anyPending = false;
  let atRisk = false;
  let lastWasMiss = false;
  for (let at = start; at < end; at += 1) {
    const code = codes[order[at] ?? 0] ?? stateCode.pending;
    if (code === stateCode.cancelled) continue;
    live += 1;
    if (code !== stateCode.kept) allKept = false;
    if (code === stateCode.pending) anyPending = true;
    const miss = code === stateCode.broken || code === stateCode.partlyKept;
    // Two misses in a row: broken, whatever follows (a miss means it was never all kept).
    if (miss && lastWasMiss) return 'broken';
    if (miss) atRisk = true;
    else if (code === stateCode.kept) atRisk = false;
    lastWasMiss = miss ? true : code === stateCode.kept ? false : lastWasMiss;
  }
  if (live > 0 && allKept) return 'completed';
  if (live > 0 && !anyPending) return 'broken';
  return atRisk ? 'at-risk' : 'on-track';
}

/** How plans of one kind end: `completionRate` = completed / (completed + broken). */
export interface PlanCompletion {
  started: number;
  completed: number;
  broken: number;
  /** Undefined while none of these plans has ended. */
  completionRate: number | undefined;
}

export interface PlanOutcomes {
  started: number;
  byStatus: Record<PlanStatus, number>;
  completionRate: number | undefined;
  byLength: Record<PlanLengthBucket, PlanCompletion>;
  byFirstPayment: Record<FirstPaymentTiming, PlanCompletion>;
  /** Host ids of the customers behind each status (the link behind a figure). */
  customerRefsByStatus: Record<PlanStatus, string[]>;
}

function emptyCompletion(): PlanCompletion {
  return { started: 0, completed: 0, broken: 0, completionRate: undefined };
}

function count(completion: PlanCompletion, status: PlanStatus): void {
  completion.started += 1;
  if (status === 'completed') completion.completed += 1;
  if (status === 'broken') completion.broken += 1;
  completion.completionRate = rate(completion.completed, completion.completed + completion.broken);
}

/**
 * The order of the promises at positions `a` and `b`: by due date, then id. A function of the
 * module, not a closure per report, as it runs for every pair of a plan's promises.
 */
function inDueOrder(promises: readonly PromiseRecord[], a: number, b: number): number {
  const first = promises[a];
  const second = promises[b];
  if (first === undefined || second === undefined) return 0;
  return compareDates(first.due, second.due) || first.id.localeCompare(second.id);
}

/** Plan figures for plans accepted within `range`, in scope and (when filtered) in the currency. */
export function planOutcomes(
  records: {
    plans: readonly PlanRecord[];
    promises: readonly PromiseRecord[];
    payments: readonly PaymentRecord[];
  },
  options: {
    today: PlainDate;
    range: { from: PlainDate; to: PlainDate };
    filters: OutcomeFilters;
    /** The promises already judged (the report judges them once for promises and plans). */
    judged?: JudgedPromises;
  },
): PlanOutcomes {
  const { filters } = options;
  const judged = options.judged ?? judgePromises(records.promises, records.payments, options.today);
  const { planStarts, planPromises } = judged;
  const byStatus: Record<PlanStatus, number> = {
    'on-track': 0,
    'at-risk': 0,
    completed: 0,
    broken: 0,
  };
  // The customers behind each status: flagged by customer id (a row of flags per status, in
  // `planStatuses` order), and in a set only when a plan's customer has no promise.
  const customerCount = judged.customerRefs.length;
  const customerFlags = new Uint8Array(planStatuses.length * customerCount);
  const otherRefs: Record<PlanStatus, Set<string>> = {
    'on-track': new Set(),
    'at-risk': new Set(),
    completed: new Set(),
    broken: new Set(),
  };
  let lastId = -1;
  const all = emptyCompletion();
  const byLength: Record<PlanLengthBucket, PlanCompletion> = {
    'up-to-3': emptyCompletion(),
    '4-to-6': emptyCompletion(),
    '7-to-12': emptyCompletion(),
    'over-12': emptyCompletion(),
  };
  const byFirstPayment: Record<FirstPaymentTiming, PlanCompletion> = {
    'at-once': emptyCompletion(),
    later: emptyCompletion(),
  };
  for (const plan of records.plans) {
    if (plan.cancelled === true || !inScope(plan, filters)) continue;
    if (filters.currency !== undefined && plan.currency !== filters.currency) continue;
    if (!inRange(plan.acceptedOn, options.range)) continue;
    // A plan's promises are a slice of `planPromises`, in list order; plans are written in due
    // order, so the sort (of a copy) is mostly skipped after a check.
    // Plans usually come in the order their promises first name them: the next id is checked
    // before the map.
    const id =
      judged.planKeys[lastId + 1] === plan.planKey ? lastId + 1 : judged.planIdOf.get(plan.planKey);
    if (id !== undefined) lastId = id;
    const start = id === undefined ? 0 : (planStarts[id] ?? 0);
    const end = id === undefined ? 0 : (planStarts[id + 1] ?? 0);
    let sorted = true;
    for (let at = start + 1; at < end && sorted; at += 1) {
      sorted = inDueOrder(records.promises, planPromises[at - 1] ?? 0, planPromises[at] ?? 0) <= 0;
    }
    const status = sorted
      ? planStatusOfCodes(judged.states, planPromises, start, end)
      : planStatusOfCodes(
          judged.states,
          Array.from(planPromises.subarray(start, end)).sort((a, b) =>
            inDueOrder(records.promises, a, b),
          ),
          0,
          end - start,
        );
    byStatus[status] += 1;
    // The plan's customer is most likely its first promise's: checked before the map.
    const likely = judged.customerIds[planPromises[start] ?? 0] ?? -1;
    const customer =
      start < end && judged.customerRefs[likely] === plan.customerRef
        ? likely
        : judged.customerIdOf.get(plan.customerRef);
    if (customer === undefined) otherRefs[status].add(plan.customerRef);
    else customerFlags[planStatuses.indexOf(status) * customerCount + customer] = 1;
    count(all, status);
    count(byLength[lengthBucket(plan.count)], status);
    count(byFirstPayment[plan.firstDue <= plan.acceptedOn ? 'at-once' : 'later'], status);
  }
  // Sorted refs: the flagged ones in the refs' order (sorted once per report), and any others
  // sorted in with them (they are never among the flagged).
  const refsOf = (status: PlanStatus): string[] => {
    const flags = customerFlags.subarray(
      planStatuses.indexOf(status) * customerCount,
      (planStatuses.indexOf(status) + 1) * customerCount,
    );
    const refs = customersSeen(flags, judged.customerRefs, judged.customerOrder);
    const others = otherRefs[status];
    return others.size === 0 ? refs : [...refs, ...others].sort();
  };
  return {
    started: all.started,
    byStatus,
    completionRate: all.completionRate,
    byLength,
    byFirstPayment,
    customerRefsByStatus: {
      'on-track': refsOf('on-track'),
      'at-risk': refsOf('at-risk'),
      completed: refsOf('completed'),
      broken: refsOf('broken'),
    },
  };
}
