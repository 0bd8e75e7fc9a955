/**
 * The plan chooser cases every host is tested against: `shared/plans/view.test.ts` checks them on
 * `chooserNotices`, and each host's `plans-view-cases.test.tsx` drives them through its real plans
 * panel. A rule changed in shared/plans/view.ts changes these expectations once, for all three.
 * Every case is the hosts' test customer: $1,250.00 owed, the default policy (12 months at most).
 */
import type { Frequency } from '../plans/frequency';

/** The balance both hosts' test customer owes, in minor units of USD. */
export const chooserCaseBalance = 125000n;

/** What the customer can pay a month, and what the chooser then shows. */
export interface PlanChooserCase {
  name: string;
  /** What the agent typed as the amount a month, in US English. */
  perMonth: string;
  /** The frequencies a "needs a longer plan" notice names, in order; empty when a plan fits. */
  longer: Frequency[];
  /** Whether monthly instalments are offered. */
  monthlyInstalments: boolean;
  /** Whether the chooser says that no plan fits the policy (every host does). */
  nothingFits: boolean;
}

export const planChooserCases: readonly PlanChooserCase[] = [
  {
    name: '$200 a month: monthly instalments, and no notice',
    perMonth: '200',
    longer: [],
    monthlyInstalments: true,
    nothingFits: false,
  },
  {
    name: '$50 a month would take 25 months: no plan fits, every frequency needs a longer plan, none offered',
    perMonth: '50',
    longer: ['weekly', 'biweekly', 'semimonthly', 'monthly'],
    monthlyInstalments: false,
    nothingFits: true,
  },
];
