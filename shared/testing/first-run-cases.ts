/**
 * The first-run checklist cases every host is tested against: `shared/settings/first-run-view.test.ts`
 * checks them on `firstRunView`, and each host's `first-run-cases.test.tsx` drives them through its
 * real checklist (the Zendesk sidebar's "Getting started", the card's "Set up Tactful"). A rule
 * changed in shared/settings/first-run-view.ts (which steps, in what order, how an open one is
 * marked) is changed here once, and both hosts' tests hold them to it.
 */
import type {
  ChecklistHost,
  FirstRunState,
  FirstRunStep,
  FirstRunStepOn,
} from '../settings/first-run-view';
import type { Emphasis } from '../view/emphasis';

/** The steps each host lists, in order: the sidebar names a missing company name among its warnings. */
export const listedSteps = {
  zendesk: ['fieldsMapped', 'policySet', 'testDraftChecked'],
  hubspot: ['fieldsMapped', 'policySet', 'outreachSet', 'testDraftChecked'],
} as const satisfies { [H in ChecklistHost]: readonly FirstRunStepOn<H>[] };

/** How both hosts mark a done step and one still open: an open step wants the admin's attention. */
export const marks = { done: 'good', todo: 'caution' } as const satisfies Record<
  FirstRunState,
  Emphasis
>;

/** What the admin has done (every other step is open); a host that does not list a step ignores it. */
export interface FirstRunCase {
  name: string;
  done: readonly FirstRunStep[];
}

export const firstRunCases: readonly FirstRunCase[] = [
  {
    name: 'balance fields not mapped: that step and the test draft open, the rest done',
    done: ['policySet', 'outreachSet'],
  },
  {
    name: 'no usable policy (the card falls back to its defaults, outreach too): policy open',
    done: ['fieldsMapped'],
  },
  {
    name: 'a test draft checked while the fields are still open: that step done',
    done: ['policySet', 'outreachSet', 'testDraftChecked'],
  },
];

/** A host's steps for a case, in order: each step, done or to do, and its mark. */
export function listedFor<H extends ChecklistHost>(
  host: H,
  c: FirstRunCase,
): (readonly [FirstRunStepOn<H>, FirstRunState, Emphasis])[] {
  const steps: readonly FirstRunStepOn<H>[] = listedSteps[host];
  return steps.map((step) => {
    const state: FirstRunState = c.done.includes(step) ? 'done' : 'todo';
    return [step, state, marks[state]] as const;
  });
}
