/**
 * The feedback vocabulary and bounds, without the schema: a host's controls read them when they
 * render (the note's length), while the schema (feedback.ts) loads when the agent clicks.
 */

/** What the agent said: one finding is wrong, or the check missed something in the draft. */
export const toneFeedbackKinds = ['wrong-finding', 'missed'] as const;
export type ToneFeedbackKind = (typeof toneFeedbackKinds)[number];

/** Bounds every host checks, so a record written in one host can be read by the others. */
export const toneFeedbackLimits = {
  /** The agent's note: short on purpose, a hint for the reviewer, not a report. */
  note: 500,
  /** Findings kept per record (a draft with more is not a draft). */
  findings: 100,
  /** Characters of each finding's excerpt. */
  excerpt: 200,
  ruleId: 200,
  /** Drafts longer than this are left out of the record rather than cut (offsets must fit). */
  draft: 10_000,
} as const;
