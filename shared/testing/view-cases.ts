/**
 * The view-model cases every host is tested against: `shared/testing/view-cases.test.ts` checks
 * them on the pure view models, and each host's `view-cases.test.tsx` drives them through its real
 * UI. A rule changed in `shared/<feature>/view.ts` changes these expectations once, for all three.
 */
import type { FlagKind } from '../history/flag-kinds';
import type { DueStatus } from '../overview/view';
import type { CapacityForm, CapacityProblem } from '../plans/view';
import type { SignalKind } from '../signals/kinds';
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
  /** Which problems, in order, offer their own Apply. */
  apply: boolean[];
  /**
   * The draft after the panel's rewrite: "Apply all" when offered, else the first Apply; undefined
   * when there is nothing to apply.
   */
  afterApply: string | undefined;
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
    apply: [true],
    afterApply:
      "Hi Maria, I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?",
  },
  {
    name: 'several rewrites: Apply all, the problems in reading order',
    draft:
      "Hi Maria, you haven't paid your bill!!! Pursuant to our terms your account is in arrears.",
    verdictLabel: 'tone.verdict.review',
    problems: ["you haven't paid your bill!!!", '!!!', 'Pursuant to', 'in arrears'],
    good: [],
    applyAll: true,
    apply: [true, true, true, true],
    afterApply:
      "Hi Maria, I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment? Under our terms your account is behind on payments.",
  },
  {
    name: 'a threat has no rewrite: block, Apply only on the jargon, and no Apply all',
    draft: 'Hi Maria, your account is in arrears and we will sue.',
    verdictLabel: 'tone.verdict.block',
    problems: ['in arrears', 'we will sue'],
    good: [],
    applyAll: false,
    apply: [true, false],
    afterApply: 'Hi Maria, your account is behind on payments and we will sue.',
  },
  {
    name: 'a rewrite beside a threat: the threat’s words stay after the new sentence, on both hosts',
    draft: "Hi Maria, you haven't paid your bill and we will sue.",
    verdictLabel: 'tone.verdict.block',
    problems: ["you haven't paid your bill", 'we will sue'],
    good: [],
    applyAll: false,
    apply: [true, false],
    afterApply:
      "Hi Maria, I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment? And we will sue.",
  },
  {
    name: 'a rewritten question: the new sentence takes the draft’s “?” with it, on both hosts',
    draft: 'Hi Maria, what the hell is going on with your payment?',
    verdictLabel: 'tone.verdict.block',
    problems: ['what the hell is going on with your payment', 'hell'],
    good: [],
    applyAll: false,
    apply: [true, false],
    afterApply: "Hi Maria, we're here to help you find a way forward.",
  },
  {
    name: 'kind wording: ok, with its good signs and nothing to apply',
    draft:
      'Hi Maria, can you tell me what would help you most with this payment? I understand this may be a difficult time.',
    verdictLabel: 'tone.verdict.ok',
    problems: [],
    good: ['can you tell me', 'what would help', 'I understand'],
    applyAll: false,
    apply: [],
    afterApply: undefined,
  },
];

/** What the agent typed in the capacity form (amounts in US English) and what the rules say. */
export interface CapacityCase {
  name: string;
  form: CapacityForm;
  /** The refused field, or undefined when the form gives a capacity. */
  problem: CapacityProblem | undefined;
}

/** A case of the form's per-period mode: `amount` a month, as typed. */
function perMonth(
  name: string,
  amount: string,
  problem: CapacityProblem | undefined,
): CapacityCase {
  return { name, form: { mode: 'per-period', amount, per: 'monthly' }, problem };
}

/** A case of the form's income-and-expenditure mode, as typed. */
function incomeLessOutgoings(
  name: string,
  income: string,
  outgoings: string,
  problem: CapacityProblem | undefined,
): CapacityCase {
  return { name, form: { mode: 'income-and-expenditure', income, outgoings }, problem };
}

/** Both modes, accepted and refused, including the two rules the hosts used to disagree on. */
export const capacityCases: readonly CapacityCase[] = [
  perMonth('an amount per month', '200', undefined),
  perMonth('zero is refused', '0', { field: 'amount', error: 'zero' }),
  perMonth('a word is not an amount', 'abc', { field: 'amount', error: 'malformed' }),
  incomeLessOutgoings('income above outgoings', '2,100', '1,850', undefined),
  incomeLessOutgoings('income equal to outgoings is refused', '1,500', '1,500', {
    field: 'outgoings',
    error: 'no-surplus',
  }),
  incomeLessOutgoings('income below outgoings is refused', '1,500', '1,600', {
    field: 'outgoings',
    error: 'no-surplus',
  }),
];

/** The moment the due-status cases are seen at: 09:00 in Chicago, already midnight in Tokyo. */
export const dueCaseNow = '2026-11-25T15:00:00.000Z';

/** A balance due on `dueDate` for a customer in `timeZone`, and where the overview says it stands. */
export interface DueViewCase {
  name: string;
  timeZone: 'America/Chicago' | 'Asia/Tokyo';
  dueDate: string;
  due: DueStatus;
}

/** A customer in `timeZone` owing since `dueDate`, and where that stands. */
const dueCase = (
  name: string,
  timeZone: DueViewCase['timeZone'],
  dueDate: string,
  due: DueStatus,
): DueViewCase => ({ name, timeZone, dueDate, due });

/** Both sides of the due date, one day and many, counted from the customer's own calendar day. */
export const dueViewCases: readonly DueViewCase[] = [
  dueCase('one day late: one day, not "days"', 'America/Chicago', '2026-11-24', {
    kind: 'past-due',
    days: 1,
  }),
  dueCase('weeks late', 'Asia/Tokyo', '2026-11-10', { kind: 'past-due', days: 16 }),
  dueCase('tomorrow in Chicago is today in Tokyo', 'Asia/Tokyo', '2026-11-26', { kind: 'today' }),
  dueCase('due tomorrow', 'America/Chicago', '2026-11-26', { kind: 'upcoming', days: 1 }),
  dueCase('due in ten days', 'America/Chicago', '2026-12-05', { kind: 'upcoming', days: 10 }),
];

/** A customer's message (read with the learned model loaded) and what the signals section shows. */
export interface SignalsViewCase {
  name: string;
  text: string;
  /** The customer's language, as the host gives it. */
  locale: 'en' | 'es';
  /** The signals' labels, top to bottom. */
  labels: `signals.kind.${SignalKind}`[];
  /** The flags the top signal suggests ("Review flag" buttons), in order. */
  firstFlags: FlagKind[];
  /** Whether the self-harm help line is shown. */
  signposting: boolean;
}

/** Safety first, a suggested flag, self-harm in both languages, and a message with nothing to act on. */
export const signalsViewCases: readonly SignalsViewCase[] = [
  {
    name: 'a work opt-out suggests Do not call',
    text: 'Please stop calling me at work.',
    locale: 'en',
    labels: ['signals.kind.channel-opt-out'],
    firstFlags: ['do-not-call'],
    signposting: false,
  },
  {
    name: 'job loss (vulnerability) comes before the opt-out the customer wrote after it',
    text: 'I lost my job last week, please stop calling me at work',
    locale: 'en',
    labels: ['signals.kind.vulnerability', 'signals.kind.channel-opt-out'],
    firstFlags: ['vulnerable'],
    signposting: false,
  },
  {
    name: 'self-harm comes first, before the dispute written before it, with the help line',
    text: "I don't owe this. I can't go on anymore, I want to end it all.",
    locale: 'en',
    labels: ['signals.kind.vulnerability', 'signals.kind.dispute', 'signals.kind.distress'],
    firstFlags: ['vulnerable'],
    signposting: true,
  },
  {
    name: 'self-harm in Spanish, with the help line',
    text: 'Ya no puedo más, quiero quitarme la vida.',
    locale: 'es',
    labels: ['signals.kind.vulnerability', 'signals.kind.distress'],
    firstFlags: ['vulnerable'],
    signposting: true,
  },
  {
    name: 'an everyday reply: nothing to act on',
    text: "Thanks, I'll look at it tomorrow.",
    locale: 'en',
    labels: [],
    firstFlags: [],
    signposting: false,
  },
];
