/**
 * Plan-suggestion benchmark: `suggestPlans` for a typical request (issue 5's example) and for a
 * 10-year weekly schedule (520 instalments), plus promise evaluation over that schedule.
 * Run standalone with `tsx bench/plans.ts`; `benchPlans()` returns the figures in milliseconds.
 */
import { pathToFileURL } from 'node:url';
import {
  evaluatePromises,
  promisesFromPlan,
  suggestPlans,
  type PlanRequest,
} from '../shared/plans';
import { testPlanRequest, testPolicy, usd } from '../shared/testing/factories';
import { medianTimeMs } from './median-time';

/** Issue 5's command-line example. */
const typical = testPlanRequest();

/** $52,000 at $100 a week under a 10-year policy: 520 weekly instalments. */
const tenYearsWeekly: PlanRequest = {
  ...typical,
  balance: usd(5_200_000),
  policy: testPolicy({ maxTermMonths: 120, frequencies: ['weekly'] }),
  capacity: { kind: 'per-period', amount: usd(10000), per: 'weekly' },
};

/** Median of `runs` timings of `work` after three warm-up runs, in milliseconds. */
const time = (work: () => void, runs: number): number =>
  medianTimeMs(work, runs, { warmUp: 3, digits: 3 });

function suggest(request: PlanRequest) {
  const result = suggestPlans(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.options;
}

/** Times suggestPlans for the typical and 10-year weekly requests, and promise evaluation. */
export async function benchPlans(): Promise<Record<string, number>> {
  const weekly = suggest(tenYearsWeekly).find((option) => option.kind === 'instalments');
  if (weekly?.count !== 520)
    throw new Error(`expected 520 weekly instalments, got ${weekly?.count}`);
  const { promises } = promisesFromPlan(weekly, {
    customerRef: 'bench',
    channel: 'phone',
    recordedBy: 'bench',
  });
  const payments = promises.map((p) => ({ amount: p.amount, paidOn: p.due }));
  return {
    'suggestPlans typical ms': time(() => suggest(typical), 50),
    'suggestPlans 10-year weekly ms': time(() => suggest(tenYearsWeekly), 20),
    'evaluatePromises 520 promises ms': time(
      () => evaluatePromises(promises, payments, '2031-06-01'),
      20,
    ),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchPlans();
  for (const [name, ms] of Object.entries(figures)) console.log(`${name.padEnd(40)} ${ms}`);
}
