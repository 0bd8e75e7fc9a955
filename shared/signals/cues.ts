/**
 * Cues: the concepts customer messages are read for, declared once. Each locale gives the words
 * for each cue (locales/*.ts) in the tone reader's term syntax (a term is words matched by stem;
 * `=word` exact, `word*` prefix, `*ending` suffix), and frames.ts combines them into signals.
 */
export const cueIds = [
  'negation',
  // stopping contact
  'stop',
  'stop-close',
  'stop-want',
  'never',
  'again',
  'contact-any',
  'leave-alone',
  'cease-explicit',
  'not-a-stop',
  'redirect',
  'phone',
  'text',
  'email',
  'letter',
  'messaging',
  'visit',
  'unsubscribe',
  'channel-refusal',
  'place-work',
  'place-home',
  'inconvenient',
  'time-of-day',
  'any-time',
  'time-preference',
  'self-contact',
  // the debt itself
  'dispute',
  'dont-recognise',
  'debt-thing',
  'other-account',
  'ex-partner',
  'wrong',
  // a dispute told by its act, not its name: refusing to pay a charge, a charge for what never
  // happened, a charge taken twice, asking for a charge to come off
  'refuse',
  'pay-verb',
  'charge-word',
  'not-had',
  'twice',
  'remove-charge',
  // a charge questioned or kept after the thing went back: "why am I being billed", "I returned it"
  'returned',
  'why',
  'chase',
  'bankruptcy',
  'not-insolvent',
  'other-person',
  'relative-is',
  'breathing-space',
  'casual-need',
  'formal-scheme',
  'debt-adviser',
  'advice-question',
  'curiosity',
  // people and circumstances
  'death',
  'kin',
  'pronoun',
  'account-noun',
  'account-holder',
  'estate',
  'estate-strong',
  'notify',
  // the dead person's own account, line or bill ("her phone line", "his contract", "su préstamo")
  'their-account',
  'health',
  'bereavement',
  'job-loss',
  'mental-health',
  'carer',
  'care-verb',
  'self-harm',
  // self-harm told indirectly: each pair of concepts, in order, is a hint (frames.ts)
  'no-way-forward',
  'everything',
  'life-doubt',
  'life-going-on',
  'dark',
  'thoughts',
  'means-of-harm',
  'made-ready',
  'fine-now',
  // self-harm's warning signs told in everyday words (the crisis lines' lists: being a burden,
  // others better off without me, putting affairs in order, a place or means, not needing things
  // "where I'm going"), each read as a pair of concepts (frames.ts)
  'burden',
  'not-for-long',
  'better-off',
  'without-me',
  'life-insurance',
  'insurance-gain',
  'wont-need',
  'harm-approach',
  'farewell',
  // the same signs as families of weak words, none enough alone, read together across the
  // message: a place or means beside thinking it over, despair, an absence or a goodbye
  'sh-contemplate',
  'sh-exhausted',
  'sh-absence',
  'sh-goodbye',
  'sh-easier',
  // "me quiero morir": as often a sigh over a bounced payment as a hint; a hint beside another sign
  'sh-wish-die',
  // a joke or a figure of speech in the sentence: "esta cuota me está matando jaja"
  'joking',
  // a death or illness set aside by the writer: long past, or said not to be why they write
  'long-past',
  'not-why',
  'hardship',
  // living on a benefit, and asking for the payments to ease (with a cause named in the message)
  'benefit-income',
  'ease-request',
  // less money coming in, told by what was cut: "my hours got cut", "me bajaron el sueldo"
  'short-now',
  'pay-source',
  'cut-down',
  'tech-problem',
  'anger',
  'distress',
  'paid',
  'paid-bare',
  'other-bill',
  // what a bill is called, beside a medical word that names the bill, not an illness
  'billing',
  'commitment',
  // paying told by its act, with an amount and a day beside it: "el viernes le deposito 100"
  'pay-act',
  'offer',
  'only',
  'apology',
  'writing-for',
  'third-party',
] as const;
export type CueId = (typeof cueIds)[number];

/** A locale's words for each cue. */
export type CueLexicon = Readonly<Record<CueId, readonly string[]>>;
