/**
 * Payment plans, as a team lead sees them: how many started in the range, how many are on track, at
 * risk, completed or broken today, and the completion rate by plan length and by whether the first
 * payment was taken at once (the two vendor claims in our domain notes, measured on the lead's data).
 */
import { compareDates, type PlainDate } from '../calendar/calendar';
import type { PromiseState } from '../plans/promises';
import { inRange, inScope, type OutcomeFilters } from './filters';
import { rate } from './figures';
import { judgePromises, type JudgedPromises } from './promise-outcomes';
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
  const live = statesInDueOrder.filter((state) => state !== 'cancelled');
  if (live.length > 0 && live.every((state) => state === 'kept')) return 'completed';
  let atRisk = false;
  let lastWasMiss = false;
  for (const state of live) {
    const miss = state === 'broken' || state === 'partly-kept';
    if (miss && lastWasMiss) return 'broken';
    if (miss) atRisk = true;
    else if (state === 'kept') atRisk = false;
    lastWasMiss = miss ? true : state === 'kept' ? false : lastWasMiss;
  }
  if (live.length > 0 && !live.includes('pending')) return 'broken';
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
  // Only the promises of plans that are counted are looked at again, by position in the list.
  const countedPlans = new Map<string, number[]>();
  for (const plan of records.plans) {
    if (plan.cancelled === true || !inScope(plan, filters)) continue;
    if (filters.currency !== undefined && plan.currency !== filters.currency) continue;
    if (!inRange(plan.acceptedOn, options.range)) continue;
    countedPlans.set(plan.planKey, []);
  }
  // A plan's promises are written one after another: the last plan's list is reused while the key
  // repeats, so most of 100k promises skip the map.
  let lastKey: string | undefined;
  let lastList: number[] | undefined;
  records.promises.forEach((promise, index) => {
    if (promise.planKey === undefined) return;
    if (promise.planKey !== lastKey) {
      lastKey = promise.planKey;
      lastList = countedPlans.get(promise.planKey);
    }
    lastList?.push(index);
  });
  const inDueOrder = (a: number, b: number) => {
    const first = records.promises[a];
    const second = records.promises[b];
    if (first === undefined || second === undefined) return 0;
    return compareDates(first.due, second.due) || first.id.localeCompare(second.id);
  };
  const byStatus: Record<PlanStatus, number> = {
    'on-track': 0,
    'at-risk': 0,
    completed: 0,
    broken: 0,
  };
  const refs: Record<PlanStatus, Set<string>> = {
    'on-track': new Set(),
    'at-risk': new Set(),
    completed: new Set(),
    broken: new Set(),
  };
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
    const positions = countedPlans.get(plan.planKey) ?? [];
    // Plans are written in due order, so the sort is mostly a check.
    const sorted = positions.every(
      (position, i) => i === 0 || inDueOrder(positions[i - 1] ?? position, position) <= 0,
    );
    const states = (sorted ? positions : positions.slice().sort(inDueOrder)).map(
      (position) => judged.states[position] ?? 'pending',
    );
    const status = planStatusOf(states);
    byStatus[status] += 1;
    refs[status].add(plan.customerRef);
    count(all, status);
    count(byLength[lengthBucket(plan.count)], status);
    count(byFirstPayment[plan.firstDue <= plan.acceptedOn ? 'at-once' : 'later'], status);
  }
  return {
    started: all.started,
    byStatus,
    completionRate: all.completionRate,
    byLength,
    byFirstPayment,
    customerRefsByStatus: {
      'on-track': [...refs['on-track']].sort(),
      'at-risk': [...refs['at-risk']].sort(),
      completed: [...refs.completed].sort(),
      broken: [...refs.broken].sort(),
    },
  };
}
