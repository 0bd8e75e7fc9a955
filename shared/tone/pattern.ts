/**
 * Turns the readable pattern sources of a rule set into real regular-expression sources and
 * compiles each locale's rules into one combined, cached matcher so a draft is scanned once.
 */
import type { ToneRule, ToneRuleSet } from './types';

/** Letters and digits of any script: a match must start and end on a word boundary. */
const wordChar = '[\\p{L}\\p{N}_]';
const startBoundary = `(?<!${wordChar})`;
const endBoundary = `(?!${wordChar})`;

/**
 * A pattern source as written in a rule file, made real: a literal space means any run of white
 * space (a draft may wrap lines or use no-break spaces), `'` means either apostrophe.
 */
export function expandPattern(source: string): string {
  // `\s` already covers no-break and other Unicode spaces. Keep expansions short: V8 stops
  // optimising a regular expression whose source passes 20 KB, and speed drops tenfold.
  return source.replace(/ /g, '\\s+').replace(/'/g, "['\u2019]");
}

/** Escapes a company phrase so it is matched literally (with the same space/apostrophe leniency). */
export function phrasePattern(phrase: string): string {
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ');
}

/** Above this source length V8 compiles a regular expression without its optimisations. */
export const combinedSourceLimit = 20_000;

/** A locale's rules as one regular expression: alternative `i` is rule `i`, group `i + 1`. */
export interface CompiledRules {
  readonly matcher: RegExp;
  readonly rules: readonly ToneRule[];
  readonly negation: RegExp;
  readonly undone: RegExp;
  readonly undoneBefore: RegExp;
  readonly stillAhead: RegExp;
  readonly quoteHeader: RegExp;
}

/**
 * No match starts on white space. Saying so before the alternatives keeps the matcher linear: a
 * rule's look-behind such as "at a sentence start" (`(?<=[.!?:;\n]\s*)`) would otherwise scan
 * back over a run of spaces from each of its positions (`'x' + ' '.repeat(65535)` took 5 s).
 */
const notOnSpace = '(?!\\s)';

/** Builds one combined matcher over patterns; each becomes capture group `index + 1`. */
export function combinePatterns(patterns: readonly string[]): RegExp {
  const alternatives = patterns.map((pattern) => `(${expandPattern(pattern)})${endBoundary}`);
  return new RegExp(`${startBoundary}${notOnSpace}(?:${alternatives.join('|')})`, 'giu');
}

const cache = new WeakMap<ToneRuleSet, CompiledRules>();
const quoteHeaders = new WeakMap<ToneRuleSet, RegExp>();

/**
 * A rule set's "On … wrote:" header alone. Every check looks for every language's header, so this
 * must not compile (and validate) each language's whole rule set as `compileRuleSet` does: the
 * first check of a blank draft, which makes the Zendesk sidebar's tone panel ready, paid for both
 * languages' rules on the main thread during the opening (issue 16).
 */
export function quoteHeaderOf(ruleSet: ToneRuleSet): RegExp {
  const compiled = cache.get(ruleSet)?.quoteHeader ?? quoteHeaders.get(ruleSet);
  if (compiled !== undefined) return compiled;
  const header = new RegExp(ruleSet.quoteHeader, 'imu');
  quoteHeaders.set(ruleSet, header);
  return header;
}

/**
 * The compiled matcher for a rule set, built on first use and cached. Throws (a bug in the rule
 * data, not user input) when a pattern is not a valid regular expression or has its own groups.
 */
export function compileRuleSet(ruleSet: ToneRuleSet): CompiledRules {
  const cached = cache.get(ruleSet);
  if (cached !== undefined) return cached;
  for (const rule of ruleSet.rules) {
    const groups = new RegExp(`${expandPattern(rule.pattern)}|`, 'u').exec('');
    if (groups === null || groups.length !== 1) {
      throw new Error(`Tone rule ${rule.id} must use (?:...) instead of capturing groups`);
    }
  }
  const compiled: CompiledRules = {
    matcher: combinePatterns(ruleSet.rules.map((rule) => rule.pattern)),
    rules: ruleSet.rules,
    negation: new RegExp(`(?:${expandPattern(ruleSet.negation)})\\s*$`, 'iu'),
    undone: new RegExp(`^(?:${expandPattern(ruleSet.undone)})`, 'iu'),
    undoneBefore: new RegExp(`(?:${expandPattern(ruleSet.undoneBefore)})\\s*$`, 'iu'),
    stillAhead: new RegExp(expandPattern(ruleSet.stillAhead), 'iu'),
    quoteHeader: quoteHeaderOf(ruleSet),
  };
  cache.set(ruleSet, compiled);
  return compiled;
}

/** Index of the alternative that matched: the first defined capture group. */
export function matchedAlternative(match: RegExpExecArray): number {
  for (let group = 1; group < match.length; group += 1) {
    if (match[group] !== undefined) return group - 1;
  }
  return -1;
}
