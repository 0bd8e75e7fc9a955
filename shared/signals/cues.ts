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
  'phone',
  'text',
  'email',
  'letter',
  'messaging',
  'visit',
  'unsubscribe',
  'place-work',
  'place-home',
  'inconvenient',
  'time-of-day',
  'self-contact',
  // the debt itself
  'dispute',
  'dont-recognise',
  'debt-thing',
  'ex-partner',
  'wrong',
  'bankruptcy',
  'breathing-space',
  'casual-need',
  'formal-scheme',
  'debt-adviser',
  'advice-question',
  // people and circumstances
  'death',
  'kin',
  'pronoun',
  'account-noun',
  'account-holder',
  'estate',
  'estate-strong',
  'notify',
  'health',
  'bereavement',
  'job-loss',
  'mental-health',
  'carer',
  'care-verb',
  'self-harm',
  'fine-now',
  'hardship',
  'tech-problem',
  'anger',
  'distress',
  'paid',
  'commitment',
  'only',
  'apology',
  'writing-for',
  'third-party',
] as const;
export type CueId = (typeof cueIds)[number];

/** A locale's words for each cue. */
export type CueLexicon = Readonly<Record<CueId, readonly string[]>>;
