/**
 * The view-model cases every host is tested against: `shared/testing/view-cases.test.ts` checks
 * them on the pure view models, and each host's `view-cases.test.tsx` drives them through its real
 * UI. A rule changed in `shared/<feature>/view.ts` changes these expectations once, for all three.
 */
import type { CapacityForm, CapacityProblem } from '../plans/view';
import type { VerdictLabel } from '../tone/view';

/** A draft (English, plain text) and what the tone panel shows for it. */
export interface ToneViewCase {
  name: string;
  draft: string;
  verdictLabel: VerdictLabel;
  /** The problems' excerpts, in the order they are listed. */
  problems: string[];
  /** The good signs' excerpts, in order. */
  good: string[];
  /** Whether "Apply all" is offered. */
  applyAll: boolean;
}

/** Drafts covering the verdicts, the good signs and both sides of the "Apply all" rule. */
export const toneViewCases: readonly ToneViewCase[] = [
  {
    name: 'one rewrite: review, and no Apply all (the finding’s own Apply does it)',
    draft: "Hi Maria, you haven't paid your bill.",
    verdictLabel: 'tone.verdict.review',
    problems: ["you haven't paid your bill."],
    good: [],
    applyAll: false,
  },
  {
    name: 'several rewrites: Apply all, the problems in reading order',
    draft:
      "Hi Maria, you haven't paid your bill!!! Pursuant to our terms your account is in arrears.",
    verdictLabel: 'tone.verdict.review',
    problems: ["you haven't paid your bill!!!", '!!!', 'Pursuant to', 'in arrears'],
    good: [],
    applyAll: true,
  },
  {
    name: 'kind wording: ok, with its good signs and nothing to apply',
    draft:
      'Hi Maria, can you tell me what would help you most with this payment? I understand this may be a difficult time.',
    verdictLabel: 'tone.verdict.ok',
    problems: [],
    good: ['can you tell me', 'what would help', 'I understand'],
    applyAll: false,
  },
];

/** What the agent typed in the capacity form (amounts in US English) and what the rules say. */
export interface CapacityCase {
  name: string;
  form: CapacityForm;
  /** The refused field, or undefined when the form gives a capacity. */
  problem: CapacityProblem | undefined;
}

/** Both modes, accepted and refused, including the two rules the hosts used to disagree on. */
export const capacityCases: readonly CapacityCase[] = [
  {
    name: 'an amount per month',
    form: { mode: 'per-period', amount: '200', per: 'monthly' },
    problem: undefined,
  },
  {
    name: 'zero is refused',
    form: { mode: 'per-period', amount: '0', per: 'monthly' },
    problem: { field: 'amount', error: 'zero' },
  },
  {
    name: 'a word is not an amount',
    form: { mode: 'per-period', amount: 'abc', per: 'monthly' },
    problem: { field: 'amount', error: 'malformed' },
  },
  {
    name: 'income above outgoings',
    form: { mode: 'income-and-expenditure', income: '2,100', outgoings: '1,850' },
    problem: undefined,
  },
  {
    name: 'income equal to outgoings is refused',
    form: { mode: 'income-and-expenditure', income: '1,500', outgoings: '1,500' },
    problem: { field: 'outgoings', error: 'no-surplus' },
  },
  {
    name: 'income below outgoings is refused',
    form: { mode: 'income-and-expenditure', income: '1,500', outgoings: '1,600' },
    problem: { field: 'outgoings', error: 'no-surplus' },
  },
];
