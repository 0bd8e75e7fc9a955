/**
 * Frames: how cues combine into a signal. Language-free data, like the tone check's frames: each
 * locale gives the words for the cues (locales/*.ts). A frame fires when its cues occur in order,
 * each within `gap` words of the one before, in one clause, and no negation in that clause turns
 * it round ("I'm not disputing it").
 */
import type { CueId } from './cues';
import type { SignalKind, VulnerabilitySubKind } from './kinds';

export interface SignalFrame {
  id: string;
  kind: SignalKind;
  subKind?: VulnerabilitySubKind;
  /** Words close to self-harm or suicide: the agent is prompted to follow the procedure. */
  selfHarm?: true;
  /** The cues, in order; each slot needs one of its cues. */
  sequence: ReadonlyArray<readonly CueId[]>;
  /** The most words between one slot's cue and the next one's (default 3). */
  gap?: number;
  /** True when a negation before the first cue, in its clause, means the customer says the opposite. */
  negatable: boolean;
  /**
   * Cues that, within `reach` words of the matched ones in their clause, mean the words name
   * something else ("the surgery bill", "cover my spinal surgery": a bill, not an illness).
   */
  unlessNear?: { cues: readonly CueId[]; reach: number };
  /** Cues in the sentence that mean the words are something else ("do not hesitate to contact"). */
  unless?: readonly CueId[];
  /** True when the slots may sit in different clauses of the sentence ("The account holder, my husband, died"). */
  acrossClauses?: true;
  /** True when a negation just after the cue turns it round ("bankruptcy is not an option"). */
  negatedAfter?: true;
  /** Cues the sentence must also hold somewhere (one of them). */
  needs?: readonly CueId[];
  /** Cues the sentence must all hold, besides `needs`. */
  needsAll?: readonly CueId[];
  /** Cues the message must hold somewhere (a death is the customer's when the estate is named). */
  needsInMessage?: readonly CueId[];
  /** Cues anywhere in the message that mean it is another kind (the estate: deceased, not bereavement). */
  unlessInMessage?: readonly CueId[];
  /**
   * Promise frames only: what the words must name to make a promise. Default: an amount or a day.
   * An offer ("would £15 on Monday be ok?") needs an amount; paying named by its act alone ("I'll
   * transfer it") needs an amount and a day. Both read from the sentence's start, where an offer
   * names its amount, instead of from the matched words.
   */
  promiseNeeds?: 'amount' | 'amount-and-day';
  /** How sure a match makes us, 0-1. */
  confidence: number;
}

const channels: readonly CueId[] = ['phone', 'text', 'email', 'letter', 'messaging', 'visit'];
/** The cues naming a way of reaching the customer. */
export const channelCues = channels;
const people: readonly CueId[] = ['kin', 'pronoun'];
const estate: readonly CueId[] = [
  'estate',
  'estate-strong',
  'account-holder',
  'notify',
  'their-account',
];
const ownEstate: readonly CueId[] = ['estate', 'estate-strong', 'account-holder', 'notify'];

/**
 * A frame for words close to self-harm: a vulnerability the agent is prompted about, which no
 * negation turns round ("I'm not suicidal, but…") and a joke in the sentence does ("jaja").
 */
function selfHarmFrame(
  id: string,
  sequence: SignalFrame['sequence'],
  confidence: number,
  more: Pick<SignalFrame, 'gap' | 'acrossClauses' | 'needsInMessage'> = {},
): SignalFrame {
  return {
    id,
    kind: 'vulnerability',
    subKind: 'mental-health',
    selfHarm: true,
    sequence,
    negatable: false,
    unless: ['joking'],
    confidence,
    ...more,
  };
}

/** Every frame; one signal per kind (and sub-kind) per sentence, the first frame to fire naming it. */
export const signalFrames: readonly SignalFrame[] = [
  // Self-harm first: nothing a negation says makes these words safe to pass over.
  selfHarmFrame('vulnerability.self-harm', [['self-harm']], 0.9),
  // The warning signs the crisis lines list, told in a phrase of their own: goodbye letters,
  // affairs put in order, things given away, "no one would notice if I disappeared".
  selfHarmFrame('vulnerability.self-harm.farewell', [['farewell']], 0.8),
  // The same signs as weak words, two families in one message: a place or means beside thinking
  // it over, despair or an absence ("thinking a lot about the canal lately"); others better off or
  // an easier way beside an absence, the insurance or a means; a goodbye beside despair.
  ...(
    [
      [
        'means-of-harm',
        ['sh-contemplate', 'sh-exhausted', 'sh-absence', 'sh-goodbye', 'sh-easier'],
      ],
      ['sh-easier', ['sh-absence', 'life-insurance', 'sh-goodbye', 'means-of-harm']],
      ['sh-goodbye', ['sh-absence', 'sh-exhausted', 'sh-easier', 'means-of-harm']],
      [
        'sh-wish-die',
        [
          'sh-exhausted',
          'sh-absence',
          'sh-easier',
          'sh-goodbye',
          'sh-contemplate',
          'means-of-harm',
          'no-way-forward',
          'life-doubt',
          'self-harm',
        ],
      ],
    ] as const
  ).map(([cue, beside]) =>
    selfHarmFrame(`vulnerability.self-harm.signs.${cue}`, [[cue]], 0.6, {
      needsInMessage: beside,
    }),
  ),
  // Self-harm told indirectly: two concepts in a row, so the hint is read in new wording, not
  // only in the phrases the cue lists hold ("I don't see the point of anything", "no sé si quiero
  // seguir viviendo", "pensamientos muy oscuros", "dark thoughts").
  ...(
    [
      ['no-way-forward', 'everything', 1, false],
      // "no sé si quiero | seguir viviendo": the doubt's "si" opens a clause of its own.
      ['life-doubt', 'life-going-on', 2, true],
      ['dark', 'thoughts', 1, false],
      ['thoughts', 'dark', 1, false],
      // the means set aside: "pills lined up", "tengo pastillas guardadas"
      ['means-of-harm', 'made-ready', 2, false],
      ['made-ready', 'means-of-harm', 2, false],
      // a place or a means sought out: "standing on the bridge", "how many of his tablets"
      ['harm-approach', 'means-of-harm', 4, false],
      // a burden no longer: "not going to be a burden much longer", "ser una carga ya no"
      ['burden', 'not-for-long', 8, false],
      // "they'd be better off without me", "with the insurance money than with me"
      ['better-off', 'without-me', 8, true],
      ['life-insurance', 'insurance-gain', 10, true],
      ['insurance-gain', 'life-insurance', 10, true],
      // "I won't need the car much longer", "I'm not going to be a problem for you much longer"
      ['wont-need', 'not-for-long', 6, false],
      // "tired of being here", "can't do this any more … won't be answering"
      ['sh-exhausted', 'sh-absence', 4, false],
    ] as const
  ).map(([first, second, gap, acrossClauses]) =>
    selfHarmFrame(`vulnerability.self-harm.${first}.${second}`, [[first], [second]], 0.8, {
      gap,
      ...(acrossClauses ? { acrossClauses: true as const } : {}),
    }),
  ),
  {
    id: 'cease.explicit',
    kind: 'cease',
    sequence: [['cease-explicit']],
    negatable: true,
    unless: ['not-a-stop', 'redirect'],
    confidence: 0.95,
  },
  {
    id: 'cease.leave-alone',
    kind: 'cease',
    sequence: [['leave-alone']],
    negatable: true,
    confidence: 0.85,
  },
  {
    id: 'cease.stop-contact',
    kind: 'cease',
    sequence: [['stop', 'stop-close', 'stop-want'], ['contact-any']],
    gap: 3,
    negatable: true,
    unless: ['not-a-stop', 'redirect'],
    confidence: 0.9,
  },
  {
    id: 'cease.never-again',
    kind: 'cease',
    sequence: [['never'], ['contact-any'], ['again']],
    gap: 3,
    negatable: false,
    confidence: 0.85,
  },
  {
    id: 'channel-opt-out.stop',
    kind: 'channel-opt-out',
    sequence: [['stop'], channels],
    gap: 3,
    negatable: true,
    unless: ['not-a-stop'],
    confidence: 0.9,
  },
  {
    id: 'channel-opt-out.do-not',
    kind: 'channel-opt-out',
    sequence: [['stop-close'], channels],
    gap: 1,
    negatable: true,
    unless: ['not-a-stop'],
    confidence: 0.85,
  },
  {
    id: 'channel-opt-out.do-not-want',
    kind: 'channel-opt-out',
    sequence: [['stop-want'], channels],
    gap: 4,
    negatable: true,
    unless: ['not-a-stop'],
    confidence: 0.85,
  },
  {
    id: 'channel-opt-out.never-again',
    kind: 'channel-opt-out',
    sequence: [['never'], channels, ['again']],
    gap: 3,
    negatable: false,
    confidence: 0.85,
  },
  {
    id: 'channel-opt-out.refusal',
    kind: 'channel-opt-out',
    sequence: [['channel-refusal']],
    negatable: true,
    confidence: 0.75,
  },
  {
    id: 'channel-opt-out.unsubscribe',
    kind: 'channel-opt-out',
    sequence: [['unsubscribe']],
    negatable: true,
    confidence: 0.7,
  },
  {
    id: 'inconvenient-time',
    kind: 'inconvenient-time',
    sequence: [['inconvenient']],
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'inconvenient-time.when',
    kind: 'inconvenient-time',
    sequence: [['phone', 'contact-any']],
    needsAll: ['time-of-day', 'time-preference'],
    unless: ['stop', 'stop-close', 'stop-want', 'never', 'self-contact', 'any-time'],
    negatable: true,
    confidence: 0.7,
  },
  {
    id: 'dispute.words',
    kind: 'dispute',
    sequence: [['dispute']],
    unless: ['other-account'],
    negatable: true,
    confidence: 0.9,
  },
  {
    id: 'dispute.unknown-debt',
    kind: 'dispute',
    sequence: [['dont-recognise'], ['debt-thing']],
    gap: 3,
    negatable: true,
    confidence: 0.85,
  },
  {
    id: 'dispute.ex-partner',
    kind: 'dispute',
    sequence: [['debt-thing'], ['ex-partner']],
    gap: 3,
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'dispute.ex-partner-took',
    kind: 'dispute',
    sequence: [['ex-partner'], ['debt-thing']],
    gap: 4,
    negatable: true,
    confidence: 0.75,
  },
  {
    id: 'dispute.wrong-amount',
    kind: 'dispute',
    sequence: [['debt-thing', 'charge-word'], ['wrong']],
    gap: 3,
    negatable: true,
    confidence: 0.75,
  },
  // A dispute told by what the customer does about a charge rather than by its name: refuses to
  // pay it ("I'm not paying a penny of it", "no pienso pagar"), says it bills for what never
  // happened ("a £9.99 charge for a SIM I never got"), that it was taken twice, or asks for it to
  // come off. Not a refusal bound to money ("I'm not paying until payday" is hardship).
  {
    id: 'dispute.refuse-pay',
    kind: 'dispute',
    sequence: [['refuse'], ['pay-verb']],
    gap: 0,
    // A dead relative's debt refused is the death's business, not a dispute of the charge.
    unless: ['hardship', 'only', 'death'],
    negatable: true,
    confidence: 0.7,
  },
  {
    acrossClauses: true,
    id: 'dispute.charged-not-had',
    kind: 'dispute',
    sequence: [['charge-word'], ['not-had']],
    gap: 8,
    negatable: false,
    confidence: 0.7,
  },
  {
    id: 'dispute.charged-twice',
    kind: 'dispute',
    sequence: [['charge-word'], ['twice']],
    gap: 4,
    negatable: true,
    confidence: 0.7,
  },
  // "I returned the coat … you are STILL charging me £89.99"; "why am I being billed for a router",
  // "why has it come back?": a charge for what went back, or a charge or chase questioned.
  {
    acrossClauses: true,
    id: 'dispute.returned-charged',
    kind: 'dispute',
    sequence: [['returned'], ['charge-word']],
    gap: 12,
    negatable: false,
    confidence: 0.65,
  },
  {
    id: 'dispute.why-charged',
    kind: 'dispute',
    sequence: [['why'], ['charge-word', 'chase']],
    gap: 4,
    // "I paid on the 5th. Why are you still charging me?" is a payment claimed; a death's bills
    // questioned by the family are the death's business.
    unlessInMessage: ['death', 'paid', 'paid-bare'],
    negatable: false,
    confidence: 0.65,
  },
  {
    id: 'dispute.remove-charge',
    kind: 'dispute',
    sequence: [['remove-charge']],
    negatable: true,
    confidence: 0.7,
  },
  {
    negatedAfter: true,
    id: 'bankruptcy',
    kind: 'bankruptcy',
    sequence: [['bankruptcy']],
    unless: ['other-person', 'curiosity', 'not-insolvent'],
    negatable: true,
    confidence: 0.9,
  },
  {
    negatedAfter: true,
    id: 'breathing-space.formal',
    kind: 'breathing-space',
    sequence: [['breathing-space']],
    needs: ['formal-scheme'],
    unless: ['curiosity'],
    negatable: true,
    confidence: 0.9,
  },
  {
    negatedAfter: true,
    id: 'breathing-space.named',
    kind: 'breathing-space',
    sequence: [['breathing-space']],
    unless: ['casual-need', 'curiosity'],
    negatable: true,
    confidence: 0.8,
  },
  {
    negatedAfter: true,
    id: 'debt-adviser',
    kind: 'debt-adviser',
    sequence: [['debt-adviser']],
    unless: ['advice-question', 'curiosity', 'other-person', 'relative-is'],
    negatable: true,
    confidence: 0.85,
  },
  {
    acrossClauses: true,
    id: 'deceased.account-holder',
    kind: 'deceased',
    sequence: [['account-holder'], ['death']],
    gap: 4,
    negatable: true,
    confidence: 0.95,
  },
  {
    id: 'deceased.estate',
    kind: 'deceased',
    sequence: [['estate-strong']],
    negatable: true,
    confidence: 0.85,
  },
  {
    acrossClauses: true,
    id: 'deceased.relative',
    kind: 'deceased',
    sequence: [people, ['death']],
    gap: 5,
    needsInMessage: estate,
    negatable: true,
    confidence: 0.85,
  },
  {
    // "Mary Jones died on 5 November. I'm her son.": a death told by someone writing for another.
    id: 'deceased.told-by-third-party',
    kind: 'deceased',
    sequence: [['death']],
    needsInMessage: ['third-party', 'account-holder'],
    unless: ['fine-now'],
    negatable: true,
    confidence: 0.75,
  },
  {
    acrossClauses: true,
    id: 'deceased.late-relative',
    kind: 'deceased',
    sequence: [['death'], people],
    gap: 1,
    needsInMessage: estate,
    negatable: true,
    confidence: 0.85,
  },
  {
    id: 'vulnerability.bereavement',
    kind: 'vulnerability',
    subKind: 'bereavement',
    sequence: [['kin'], ['death']],
    gap: 3,
    unless: ['fine-now'],
    unlessInMessage: [...ownEstate, 'long-past', 'not-why'],
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'vulnerability.bereavement-late',
    kind: 'vulnerability',
    subKind: 'bereavement',
    sequence: [['death'], ['kin']],
    gap: 1,
    unless: ['fine-now'],
    unlessInMessage: [...ownEstate, 'long-past', 'not-why'],
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'vulnerability.bereavement-words',
    kind: 'vulnerability',
    subKind: 'bereavement',
    sequence: [['bereavement']],
    unless: ['fine-now'],
    unlessInMessage: [...ownEstate, 'long-past', 'not-why'],
    negatable: true,
    confidence: 0.75,
  },
  {
    id: 'vulnerability.health',
    kind: 'vulnerability',
    subKind: 'health',
    sequence: [['health']],
    unless: ['fine-now', 'other-person'],
    unlessNear: { cues: ['billing'], reach: 2 },
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'vulnerability.job-loss',
    kind: 'vulnerability',
    subKind: 'job-loss',
    sequence: [['job-loss']],
    unless: ['fine-now'],
    negatable: true,
    confidence: 0.85,
  },
  {
    id: 'vulnerability.mental-health',
    kind: 'vulnerability',
    subKind: 'mental-health',
    sequence: [['mental-health']],
    unless: ['fine-now'],
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'vulnerability.carer',
    kind: 'vulnerability',
    subKind: 'carer',
    sequence: [['carer']],
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'vulnerability.caring-for',
    kind: 'vulnerability',
    subKind: 'carer',
    sequence: [['care-verb'], ['kin']],
    gap: 2,
    needs: ['health'],
    negatable: true,
    confidence: 0.7,
  },
  {
    id: 'hardship',
    kind: 'hardship',
    sequence: [['hardship']],
    unless: ['tech-problem'],
    negatable: true,
    confidence: 0.8,
  },
  // Living on a benefit is short money, as the writers read it ("I'm on PIP and ESA").
  {
    id: 'hardship.benefits',
    kind: 'hardship',
    sequence: [['benefit-income']],
    negatable: true,
    confidence: 0.7,
  },
  // Asking for the payments to ease, with a cause the message names (a lost job, an illness,
  // caring, a benefit): "I lost my job ... can I pay a token amount?".
  {
    id: 'hardship.ease-with-cause',
    kind: 'hardship',
    sequence: [['ease-request']],
    needsInMessage: [
      'job-loss',
      'health',
      'carer',
      'mental-health',
      'benefit-income',
      'bereavement',
      'distress',
      'short-now',
      'pay-source',
    ],
    negatable: true,
    confidence: 0.65,
  },
  // Short money said without the word money: "I just can't swing the full payment", "ahorita no tengo".
  {
    id: 'hardship.short-now',
    kind: 'hardship',
    sequence: [['short-now']],
    negatable: true,
    confidence: 0.7,
  },
  // Less money coming in, told by what was cut, in either order: "my hours got cut to 24", "they
  // cut my hours", "me bajaron el sueldo", "my income has halved".
  {
    id: 'hardship.income-cut',
    kind: 'hardship',
    sequence: [['pay-source'], ['cut-down']],
    negatable: true,
    confidence: 0.7,
  },
  {
    id: 'hardship.cut-income',
    kind: 'hardship',
    sequence: [['cut-down'], ['pay-source']],
    gap: 2,
    negatable: true,
    confidence: 0.7,
  },
  {
    id: 'anger',
    kind: 'anger',
    sequence: [['anger']],
    unless: ['apology'],
    negatable: true,
    confidence: 0.75,
  },
  {
    id: 'distress',
    kind: 'distress',
    sequence: [['distress']],
    unless: ['fine-now'],
    negatable: true,
    confidence: 0.75,
  },
  {
    id: 'payment-claimed',
    kind: 'payment-claimed',
    sequence: [['paid']],
    unless: ['other-bill'],
    negatable: true,
    confidence: 0.85,
  },
  {
    // "Pagué 60 euros el día 20": the bare past tense, which Spanish shares with "que pague".
    id: 'payment-claimed.bare',
    kind: 'payment-claimed',
    sequence: [['paid-bare']],
    unless: ['other-bill', 'casual-need', 'commitment'],
    negatable: true,
    confidence: 0.7,
  },
  {
    id: 'promise',
    kind: 'promise',
    sequence: [['commitment']],
    unless: ['only'],
    negatable: true,
    confidence: 0.85,
  },
  {
    id: 'promise.offer',
    kind: 'promise',
    sequence: [['offer']],
    unless: ['only'],
    negatable: true,
    promiseNeeds: 'amount',
    confidence: 0.7,
  },
  // Paying told by its act, without "I will" or "I can": "el viernes le deposito 100", "Payment
  // of $275 will be made on December 5th". Only with both an amount and a day (promiseNeeds), so a
  // bare "pay" is not read as a promise.
  {
    id: 'promise.pay-act',
    kind: 'promise',
    sequence: [['pay-act']],
    unless: ['only', 'charge-word', 'paid', 'paid-bare', 'why'],
    negatable: true,
    promiseNeeds: 'amount-and-day',
    confidence: 0.7,
  },
  {
    id: 'third-party.words',
    kind: 'third-party',
    sequence: [['third-party']],
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'third-party.writing-for',
    kind: 'third-party',
    sequence: [['writing-for'], ['kin']],
    gap: 1,
    negatable: true,
    confidence: 0.8,
  },
  {
    id: 'third-party.relatives-account',
    kind: 'third-party',
    sequence: [['kin'], ['account-noun']],
    gap: 0,
    negatable: true,
    confidence: 0.7,
  },
];
