/**
 * The shapes of a tone check: what the agent's draft is checked for, and what comes back.
 * Plain data only, so every host (Zendesk, HubSpot, the CLI) can render it as it likes.
 */

/** The categories of a problem in a draft: any of them an admin can make block a save. */
export const blockableToneCategories = [
  'accusatory',
  'shaming',
  'profanity',
  'threat',
  'misrepresentation',
  'third-party',
  'pressure',
  'harassment',
  'jargon',
] as const;
export type BlockableToneCategory = (typeof blockableToneCategories)[number];

/** What a finding is about. `positive` findings are signals of good practice (severity `info`). */
export const toneCategories = [...blockableToneCategories, 'positive'] as const;
export type ToneCategory = (typeof toneCategories)[number];

/** How serious one finding is: `info` never changes the verdict, `block` should stop a send. */
export type Severity = 'info' | 'review' | 'block';

/** The verdict for a whole draft. */
export type Verdict = 'ok' | 'review' | 'block';

/** One problem (or positive signal) in a draft, with its exact span in the input. */
export interface Finding {
  category: ToneCategory;
  severity: Severity;
  /** UTF-16 offset into the input where the span starts (inclusive). */
  start: number;
  /** UTF-16 offset into the input where the span ends (exclusive). */
  end: number;
  /**
   * The text of the span as the agent sees it. For `format: 'text'` it is exactly
   * `input.slice(start, end)`; for `format: 'html'` it is that slice's visible text.
   */
  excerpt: string;
  /** Why this matters, in words an agent understands. */
  reason: string;
  /** The rule or regulation behind the finding, e.g. `FDCPA §807(4)`. */
  ruleRef?: string;
  /** Replacement text for `input.slice(start, end)` that keeps the meaning (HTML-safe in HTML mode). */
  suggestion?: string;
  /** The id of the rule that matched, for audits and allow lists. */
  ruleId: string;
  /** What made a frame or the learned model fire (`tactful tone --explain`); absent for word rules. */
  explanation?: FindingExplanation;
}

/** Why a frame or the model raised a finding: the concepts and words, or the weightiest n-grams. */
export type FindingExplanation =
  | { frame: string; concepts: Array<{ concept: string; words: string }> }
  | { model: string; features: string[] };

/** The result of checking one draft. */
export interface ToneResult {
  verdict: Verdict;
  /** 0 (harmful) to 100 (kind and clear); positive signals raise it, problems lower it. */
  score: number;
  /** The locale whose rules were used (after detection when `locale: 'auto'`). */
  locale: string;
  findings: Finding[];
}

/** A company phrase to flag, as set by an admin. */
export interface FlagPhrase {
  phrase: string;
  category?: ToneCategory;
  severity?: Severity;
  reason?: string;
  suggestion?: string;
}

/** How to check a draft. Every field is optional. */
export interface ToneOptions {
  /** A locale with a rule set (`en`, `es`), or `auto` to detect it (falls back to `en`). Default `auto`. */
  locale?: string;
  /** `html` for rich-text drafts (Zendesk's editor): offsets then index the HTML. Default `text`. */
  format?: 'text' | 'html';
  /** Company phrases to flag (admin setting). Matched case-insensitively as whole words. */
  flagPhrases?: ReadonlyArray<string | FlagPhrase>;
  /** Company phrases that are fine: findings inside or overlapping them are dropped (admin setting). */
  allowPhrases?: readonly string[];
  /**
   * Categories whose findings block a send (admin setting). Findings in other categories that
   * would block by default are reported as `review` instead. Default: `defaultBlockCategories`.
   */
  blockCategories?: readonly ToneCategory[];
}

/** One rule of a locale's rule set: plain data, compiled once into the locale's combined matcher. */
export interface ToneRule {
  /** Stable id, e.g. `en.threat.sue`. */
  id: string;
  category: ToneCategory;
  /**
   * A regular-expression source, matched case-insensitively as whole words. Write a literal space
   * for "any run of white space" and `'` for either apostrophe (' or ’). No capturing groups:
   * use `(?:...)`. Keep spaces and apostrophes out of character classes.
   */
  pattern: string;
  reason: string;
  ruleRef?: string;
  suggestion?: string;
  /** True when a negation just before the match ("we will not …") makes it a reassurance. */
  negatable?: boolean;
}

/** Everything the checker needs to know about one language; one data file a locale. */
export interface ToneRuleSet {
  locale: string;
  /** Words common in this language and rare in others, for locale detection. */
  detectionWords: readonly string[];
  /**
   * A regular-expression source that must match the end of the clause just before a negatable
   * finding for it to be a reassurance: a negation ("not", "never", "no") followed only by filler
   * words ("we will not take legal action", "there is no risk of arrest"). Same conventions as
   * `ToneRule.pattern`; it is anchored at the finding's start by the checker.
   */
  negation: string;
  /**
   * A threat's step told as over is news, not a threat: "the lien on your truck has been released",
   * "we've stopped the warrant application", "el embargo fue levantado". Three regular-expression
   * sources, same conventions as `negation`: `undone` matched at the start of the rest of the
   * sentence after a negatable finding, `undoneBefore` at the end of its clause before it, and
   * `stillAhead`, found anywhere in the rest of the sentence, keeps it a threat ("…was cancelled,
   * but it will be reinstated if…").
   */
  undone: string;
  undoneBefore: string;
  stillAhead: string;
  /** Marks the line that starts a quoted reply, e.g. `On Mon, 3 Jun 2024, Ana wrote:`. */
  quoteHeader: string;
  /** What the checks that are not word rules say, in this language. */
  messages: {
    /** Several words in capitals. */
    shouting: string;
    /** Runs of exclamation marks. */
    exclamations: string;
    /** A phrase an admin asked to flag, when the admin gave no reason. */
    companyPhrase: string;
  };
  rules: readonly ToneRule[];
}
