/**
 * Frames: the intents a tone check looks for, each a combination of concepts in one sentence
 * ("a third party" + "to disclose" + a future, conditional or question mood). Language-free data;
 * each locale gives the words (concepts.ts) and the reasons and rewrites (FrameText).
 */
import type { Severity, ToneCategory } from '../types';
import type { ConceptId } from './concepts';

/** One intent. Fires when every slot has a concept in the sentence, and the mood holds. */
export interface Frame {
  id: string;
  category: ToneCategory;
  /** Only when it differs from the category's default severity. */
  severity?: Severity;
  /** Each slot needs one of its concepts somewhere in the sentence. */
  slots: ReadonlyArray<readonly ConceptId[]>;
  /** The sentence must be a question or hold one of these concepts (how the intent is voiced). */
  mood?: ReadonlyArray<ConceptId | 'question'>;
  /** True when a negation before a slot, in its clause, makes the sentence a reassurance. */
  negatable: boolean;
  /**
   * True when the verb slots (disclose, contact) must be ours, not the customer's: "you may want to
   * talk to your partner" is advice, "we will talk to your partner" is disclosure.
   */
  oursOnly?: boolean;
  /** Concepts whose presence means the sentence informs or helps rather than threatens. */
  unless?: readonly ConceptId[];
  /**
   * True when the intent is an action of ours (a visit, a call, a report, a menace): its concepts
   * never count inside a stretch that tells of the customer's own action, "thanks for stopping
   * by", "since you called ahead" (meaning/scope.ts).
   */
  agentAction?: boolean;
  /**
   * True when each slot's concept must come after the one before it: "this is Officer Reyes" names
   * who writes, "a police officer may have been there, but this is a civil matter" does not.
   */
  ordered?: boolean;
  /** True when the frame fires only in a sentence no other frame read (a last, wider net). */
  catchAll?: boolean;
  ruleRef?: string;
}

/** What one frame says to the agent in one language. */
export interface FrameText {
  reason: string;
  /** A kinder sentence to put in place of the clauses the frame covers. */
  suggestion: string;
}

const threatMood: ReadonlyArray<ConceptId | 'question'> = [
  'future',
  'conditional',
  'obligation',
  'escalation',
  'deadline',
  'menace',
];

/** The frames, most serious first: the first frame to fire in a sentence names the finding. */
export const frames: readonly Frame[] = [
  {
    id: 'misrepresentation.self-id',
    category: 'misrepresentation',
    slots: [['self-id'], ['authority']],
    ordered: true,
    negatable: true,
    // "people claiming to be with the County Sheriff": a warning about a scam, not our claim.
    unless: ['impostor'],
    ruleRef: 'FDCPA §807(1), §807(14); Reg F §1006.18(b); CONC 7.11',
  },
  {
    id: 'threat.authority',
    agentAction: true,
    category: 'threat',
    slots: [['authority']],
    mood: [...threatMood, 'details', 'contact', 'modal'],
    negatable: true,
    unless: ['help', 'empathy', 'customer-said', 'impostor'],
    ruleRef: 'FDCPA §807(4), §807(5); Reg F §1006.18(c); CONC 7.11',
  },
  {
    id: 'third-party.disclosure',
    agentAction: true,
    category: 'third-party',
    slots: [['third-party'], ['disclose', 'contact']],
    oursOnly: true,
    unless: ['customer-said', 'help', 'empathy'],
    mood: [
      'future',
      'conditional',
      'question',
      'shame-cue',
      'menace',
      'obligation',
      'escalation',
      'first-person',
      'modal',
    ],
    negatable: true,
    ruleRef: 'FDCPA §805(b), §806(3); Reg F §1006.6(d); CONC 7.9',
  },
  {
    id: 'shaming.insult',
    category: 'shaming',
    slots: [['insult']],
    negatable: true,
    ruleRef: 'FDCPA §806(2); CONC 7.9',
  },
  {
    id: 'pressure.family-money',
    category: 'pressure',
    severity: 'block',
    slots: [['third-party'], ['family-money']],
    negatable: true,
    unless: ['help', 'empathy'],
    ruleRef: 'CONC 7.3.10; FDCPA §805(b)',
  },
  {
    id: 'shaming.public',
    agentAction: true,
    category: 'shaming',
    slots: [['publish']],
    mood: ['future', 'conditional', 'question', 'shame-cue', 'menace', 'audience'],
    negatable: true,
    ruleRef: 'FDCPA §806(3), §806(4); CONC 7.9',
  },
  {
    id: 'credit-threat.harm',
    agentAction: true,
    category: 'threat',
    slots: [['credit'], ['credit-harm']],
    negatable: true,
    ruleRef: 'FDCPA §807(8); Reg F §1006.18; CONC 7.11',
  },
  {
    id: 'credit-threat.report',
    agentAction: true,
    category: 'threat',
    slots: [['credit'], ['disclose']],
    mood: ['future', 'conditional', 'menace', 'escalation', 'deadline', 'obligation'],
    negatable: true,
    unless: ['help', 'empathy'],
    ruleRef: 'FDCPA §807(8); Reg F §1006.18; CONC 7.11',
  },
  {
    id: 'threat.legal',
    agentAction: true,
    category: 'threat',
    slots: [['legal', 'enforcement']],
    mood: [...threatMood, 'modal'],
    negatable: true,
    unless: ['help', 'empathy', 'customer-said'],
    ruleRef: 'FDCPA §807(4), §807(5); Reg F §1006.18(c); CONC 7.11',
  },
  {
    id: 'threat.asset',
    agentAction: true,
    category: 'threat',
    slots: [['asset'], ['enforcement', 'menace']],
    negatable: true,
    unless: ['customer-said'],
    ruleRef: 'FDCPA §807(4); Reg F §1006.18(c); CONC 7.11',
  },
  {
    id: 'harassment.frequency',
    agentAction: true,
    category: 'harassment',
    slots: [['contact'], ['frequency', 'persistence']],
    // "…lo que haga falta, todo el santo día": whatever it takes is how the harassment is voiced
    mood: ['future', 'conditional', 'first-person', 'menace', 'escalation'],
    negatable: true,
    ruleRef: 'FDCPA §806(5); Reg F §1006.14; CONC 7.9',
  },
  {
    id: 'threat.menace',
    agentAction: true,
    category: 'threat',
    slots: [['menace']],
    negatable: true,
    ruleRef: 'FDCPA §806(1), §806; CONC 7.9',
  },
  {
    id: 'pressure.borrow-sell',
    category: 'pressure',
    severity: 'block',
    slots: [['borrow-sell']],
    mood: ['obligation', 'future', 'conditional', 'deadline', 'second-person'],
    negatable: true,
    unless: ['help', 'empathy', 'impostor'],
    ruleRef: 'CONC 7.3.10',
  },
  {
    id: 'hardship-dismissal',
    category: 'accusatory',
    slots: [['hardship'], ['dismissal']],
    negatable: false,
    ruleRef: 'CONC 7.3.4; FG21/1',
  },
  {
    id: 'accusatory.guilt',
    category: 'accusatory',
    slots: [['guilt']],
    negatable: true,
    ruleRef: 'CONC 7.9; Consumer Duty (PRIN 2A)',
  },
  {
    id: 'condescension.comparison',
    category: 'accusatory',
    slots: [['comparison']],
    negatable: true,
    unless: ['help', 'empathy'],
    ruleRef: 'CONC 7.3.4; FG21/1',
  },
  {
    id: 'condescension.repetition',
    category: 'accusatory',
    slots: [['repetition']],
    negatable: false,
    ruleRef: 'CONC 7.9',
  },
  {
    id: 'condescension.sarcasm',
    category: 'accusatory',
    slots: [['sarcasm']],
    negatable: false,
    ruleRef: 'CONC 7.9; Consumer Duty (PRIN 2A)',
  },
  {
    id: 'pressure.ultimatum',
    agentAction: true,
    category: 'pressure',
    slots: [['deadline'], ['escalation', 'conditional', 'full-payment']],
    negatable: true,
    ruleRef: 'CONC 7.3.10',
  },
  {
    id: 'pressure.full-payment',
    agentAction: true,
    category: 'pressure',
    slots: [['full-payment'], ['no-flexibility', 'deadline', 'obligation']],
    negatable: true,
    ruleRef: 'CONC 7.3.10; CONC 7.3.4',
  },
  {
    id: 'pressure.escalation',
    agentAction: true,
    category: 'pressure',
    slots: [['escalation']],
    mood: ['deadline', 'conditional', 'obligation', 'first-person'],
    negatable: true,
    unless: ['help', 'empathy', 'customer-said'],
    ruleRef: 'CONC 7.3.10; Consumer Duty (PRIN 2A)',
  },
  {
    id: 'accusatory.blame',
    category: 'accusatory',
    slots: [['blame']],
    negatable: false,
  },
  {
    // "Be a shame if that car had to go", "wouldn't it be awkward if your investors heard": a
    // regret or embarrassment cue over something the customer stands to lose or someone who
    // could find out, with no verb of ours spelt out. Last, and only when no other frame read the
    // sentence: a disclosure or asset threat says it better.
    id: 'threat.veiled',
    catchAll: true,
    category: 'threat',
    agentAction: true,
    slots: [
      ['shame-cue'],
      ['asset', 'third-party', 'audience', 'publish', 'credit', 'enforcement'],
    ],
    mood: ['conditional', 'question', 'future', 'modal'],
    negatable: true,
    unless: ['help', 'empathy', 'customer-said'],
    ruleRef: 'FDCPA §806, §807(5); CONC 7.9',
  },
];
