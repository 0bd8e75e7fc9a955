/**
 * `checkTone`: reads an agent's draft and says whether it is kind, clear and lawful, with the
 * exact spans, plain reasons and kinder rewrites. Runs on every keystroke: one combined regular
 * expression per locale, compiled once.
 */
import { detectLocale } from './detect';
import { htmlSuggestion, htmlToText, QUOTED } from './html';
import { negatedBefore, readMeaning, type MeaningLocale, type Reading } from './meaning/read';
import { meaningFor, modelJudge, toneModel } from './meaning/slot';
import {
  type CompiledRules,
  combinePatterns,
  compileRuleSet,
  matchedAlternative,
  phrasePattern,
  quoteHeaderOf,
} from './pattern';
import { defaultBlockCategories, severityFor } from './policy';
import { ruleSets, type ToneLocale } from './rules';
import type {
  Finding,
  FindingExplanation,
  FlagPhrase,
  Severity,
  ToneCategory,
  ToneOptions,
  ToneResult,
  ToneRuleSet,
  Verdict,
} from './types';

/** A finding against the scanned text, before offsets are mapped back to the input. */
interface RawFinding {
  category: ToneCategory;
  severity?: Severity;
  start: number;
  end: number;
  reason: string;
  ruleRef?: string;
  suggestion?: string;
  ruleId: string;
  explanation?: FindingExplanation;
}

const fallbackLocale: ToneLocale = 'en';
const allRuleSets: readonly ToneRuleSet[] = Object.values(ruleSets);

/** True when `locale` has a rule set (`auto` is not a locale; it asks for detection). */
export function isToneLocale(locale: string): locale is ToneLocale {
  return Object.hasOwn(ruleSets, locale);
}

/** The locales tone check can read. */
export const toneLocales = Object.keys(ruleSets) as readonly string[];

const quotedLine = /^[ \t]*>.*$/gmu;

/**
 * The text to scan: quoted customer words (`>` lines, everything after an "On … wrote:" header,
 * `<blockquote>` in HTML) are replaced by a character no rule matches, keeping every offset.
 */
function maskQuotes(text: string, quoted: readonly boolean[] | undefined): string {
  let masked = text;
  if (quoted !== undefined && quoted.includes(true)) {
    masked = Array.from(masked, (char, index) => (quoted[index] === true ? QUOTED : char)).join('');
  }
  if (masked.includes('>')) {
    masked = masked.replace(quotedLine, (line) => QUOTED.repeat(line.length));
  }
  let cut = masked.length;
  for (const ruleSet of allRuleSets) {
    const header = quoteHeaderOf(ruleSet).exec(masked);
    if (header !== null && header.index < cut) cut = header.index;
  }
  return cut < masked.length ? masked.slice(0, cut) + QUOTED.repeat(masked.length - cut) : masked;
}

/** The clause before `start`: from the last sentence or clause break, at most 80 characters. */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 80), start);
  const breakAt = Math.max(
    window.lastIndexOf('.'),
    window.lastIndexOf('!'),
    window.lastIndexOf('?'),
    window.lastIndexOf(';'),
    window.lastIndexOf(':'),
    window.lastIndexOf(','),
    window.lastIndexOf('\n'),
    window.lastIndexOf('\u00bf'),
    window.lastIndexOf('\u00a1'),
    window.lastIndexOf(QUOTED),
  );
  return window.slice(breakAt + 1);
}

/** The rest of the sentence after `end`: up to the next sentence break, at most 160 characters. */
function sentenceAfter(text: string, end: number): string {
  const window = text.slice(end, end + 160);
  const breakAt = window.search(/[.!?\n\u00bf\u00a1]/u);
  return breakAt < 0 ? window : window.slice(0, breakAt);
}

/** True when the match from `start` to `end` is a step told as over, with nothing still ahead. */
function toldAsOver(scan: string, start: number, end: number, compiled: CompiledRules): boolean {
  const after = sentenceAfter(scan, end);
  if (compiled.stillAhead.test(after)) return false;
  return compiled.undone.test(after) || compiled.undoneBefore.test(clauseBefore(scan, start));
}

/**
 * True when a negation turns the match at `start` into a reassurance: the rule set's own pattern
 * just before it, or (once the meaning data is loaded) a negation anywhere earlier in its clause.
 */
function negatedClause(scan: string, start: number, locale: string, negation: RegExp): boolean {
  if (negation.test(clauseBefore(scan, start))) return true;
  const meaning = meaningFor(locale);
  return meaning !== undefined && negatedBefore(scan, start, meaning);
}

function ruleFindings(scan: string, ruleSet: ToneRuleSet): RawFinding[] {
  const compiled = compileRuleSet(ruleSet);
  const findings: RawFinding[] = [];
  const matcher = compiled.matcher;
  matcher.lastIndex = 0;
  for (let match = matcher.exec(scan); match !== null; match = matcher.exec(scan)) {
    if (match[0].length === 0) {
      matcher.lastIndex += 1;
      continue;
    }
    const rule = compiled.rules[matchedAlternative(match)];
    if (rule === undefined) continue;
    if (
      rule.negatable === true &&
      (negatedClause(scan, match.index, ruleSet.locale, compiled.negation) ||
        toldAsOver(scan, match.index, match.index + match[0].length, compiled))
    ) {
      continue;
    }
    findings.push({
      category: rule.category,
      start: match.index,
      end: match.index + match[0].length,
      reason: rule.reason,
      ruleId: rule.id,
      ...(rule.ruleRef === undefined ? {} : { ruleRef: rule.ruleRef }),
      ...(rule.suggestion === undefined ? {} : { suggestion: rule.suggestion }),
    });
  }
  return findings;
}

// Capitals: runs of upper-case words. Exclamations: three or more in a run ("Thanks!!" is friendly).
const capitalsRun = /(?<![\p{L}\p{N}_])\p{Lu}{2,}(?:[ \t,]+\p{Lu}{2,})*(?![\p{L}\p{N}_])/gu;
// A run of marks counts when three or more of them are `!` or `¡`. The run is matched and its marks
// counted in code: a pattern that counted them itself backtracked on long runs of `?` (quadratic).
const exclamationRun = /[!?¡]{3,}/gu;

function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function layoutFindings(scan: string, ruleSet: ToneRuleSet): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of scan.matchAll(capitalsRun)) {
    // One upper-case word is an acronym (HMRC, CONDUSEF); two or more words is shouting.
    const words = match[0].split(/[ \t,]+/).filter((word) => word.length >= 2);
    const letters = words.join('').length;
    if (words.length < 2 || letters < 6) continue;
    findings.push({
      category: 'pressure',
      start: match.index,
      end: match.index + match[0].length,
      reason: ruleSet.messages.shouting,
      ruleRef: 'CONC 7.3.10',
      suggestion: sentenceCase(match[0]),
      ruleId: `${ruleSet.locale}.pressure.capitals`,
    });
  }
  for (const match of scan.matchAll(exclamationRun)) {
    if (match[0].replaceAll('?', '').length < 3) continue;
    findings.push({
      category: 'pressure',
      start: match.index,
      end: match.index + match[0].length,
      reason: ruleSet.messages.exclamations,
      suggestion: '.',
      ruleId: `${ruleSet.locale}.pressure.exclamations`,
    });
  }
  return findings;
}

/** True when a frame's finding and a word rule's say the same thing about the same words. */
function sameFinding(word: RawFinding, frame: RawFinding): boolean {
  return word.category === frame.category && word.start < frame.end && frame.start < word.end;
}

/**
 * The shaming word findings (insults) that a shaming frame also found in its own reading of the
 * sentence, with negation scoped ("pedazo de inútil, ni para pagar 50 euros sirves"). An insult
 * both readings agree on is past what the model may clear on its own. Other categories stay
 * clearable: over w1–w57 the same guard on every category blocked 29 good messages.
 */
function corroboratedWords(
  words: readonly RawFinding[],
  reading: Reading | undefined,
): Set<RawFinding> {
  if (reading === undefined) return new Set();
  return new Set(
    words.filter(
      (word) =>
        word.category === 'shaming' && reading.findings.some((frame) => sameFinding(word, frame)),
    ),
  );
}

/**
 * Findings from the meaning reader's frames (intent over a sentence), when its language data is
 * installed. A frame that only repeats a word rule's finding of the same category is dropped, so
 * the agent sees one finding, with the word rule's narrower span.
 */
function meaningFindings(words: readonly RawFinding[], reading: Reading | undefined): RawFinding[] {
  if (reading === undefined) return [];
  return reading.findings.filter((frame) => !words.some((word) => sameFinding(word, frame)));
}

const phraseCache = new Map<string, RegExp>();

/** One combined matcher for an admin's phrase list, cached (admins change settings rarely). */
function phraseMatcher(phrases: readonly string[]): RegExp | undefined {
  const usable = phrases.filter((phrase) => phrase.trim().length > 0);
  if (usable.length === 0) return undefined;
  const key = usable.join('\u0001');
  let matcher = phraseCache.get(key);
  if (matcher === undefined) {
    matcher = combinePatterns(usable.map(phrasePattern));
    if (phraseCache.size > 50) phraseCache.clear();
    phraseCache.set(key, matcher);
  }
  return matcher;
}

function companyFindings(
  scan: string,
  flags: ReadonlyArray<string | FlagPhrase>,
  ruleSet: ToneRuleSet,
): RawFinding[] {
  const phrases = flags.map((flag) => (typeof flag === 'string' ? { phrase: flag } : flag));
  const usable = phrases.filter((flag) => flag.phrase.trim().length > 0);
  const matcher = phraseMatcher(usable.map((flag) => flag.phrase));
  if (matcher === undefined) return [];
  const findings: RawFinding[] = [];
  for (const match of scan.matchAll(matcher)) {
    const flag = usable[matchedAlternative(match)];
    if (flag === undefined) continue;
    findings.push({
      category: flag.category ?? 'pressure',
      start: match.index,
      end: match.index + match[0].length,
      reason: flag.reason ?? ruleSet.messages.companyPhrase,
      ruleId: 'company.flag',
      ...(flag.severity === undefined ? {} : { severity: flag.severity }),
      ...(flag.suggestion === undefined ? {} : { suggestion: flag.suggestion }),
    });
  }
  return findings;
}

function allowedSpans(scan: string, allow: readonly string[]): Array<[number, number]> {
  const matcher = phraseMatcher(allow);
  if (matcher === undefined) return [];
  return Array.from(scan.matchAll(matcher), (match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

/**
 * Matches the suggestion's first letter to the span it replaces: a capital at the start of a
 * sentence, lower case mid-sentence (except the pronoun "I" and words in capitals).
 */
function matchCase(excerpt: string, suggestion: string): string {
  const first = excerpt.charAt(0);
  const head = suggestion.charAt(0);
  if (first !== first.toLowerCase()) return head.toUpperCase() + suggestion.slice(1);
  if (first !== first.toUpperCase() && !/^(?:I\b|\p{Lu}{2})/u.test(suggestion)) {
    return head.toLowerCase() + suggestion.slice(1);
  }
  return suggestion;
}

/**
 * The score: 75 for a neutral draft, +5 for each positive signal (up to +25), -15 for each
 * finding to review and -40 for each that blocks, kept within 0..100.
 */
function scoreOf(findings: readonly Finding[]): number {
  let positive = 0;
  let score = 75;
  for (const finding of findings) {
    if (finding.severity === 'info') positive += 5;
    else if (finding.severity === 'review') score -= 15;
    else score -= 40;
  }
  return Math.max(0, Math.min(100, score + Math.min(positive, 25)));
}

function verdictOf(findings: ReadonlyArray<{ severity: Severity }>): Verdict {
  if (findings.some((finding) => finding.severity === 'block')) return 'block';
  if (findings.some((finding) => finding.severity === 'review')) return 'review';
  return 'ok';
}

/**
 * Checks a draft's tone. Returns the verdict (`block` if any finding blocks, `review` if any needs
 * review, else `ok`), a 0..100 score and the findings in order of position. Offsets index the
 * input (the HTML itself for `format: 'html'`). Never throws on any string; an unknown `locale`
 * falls back to detection.
 */
export function checkTone(input: string, options: ToneOptions = {}): ToneResult {
  const html = options.format === 'html' ? htmlToText(input) : undefined;
  const text = html?.text ?? input;
  const scan = maskQuotes(text, html?.quoted);
  const requested = options.locale ?? 'auto';
  const locale = isToneLocale(requested)
    ? requested
    : detectLocale(scan, allRuleSets, fallbackLocale);
  const ruleSet: ToneRuleSet = ruleSets[isToneLocale(locale) ? locale : fallbackLocale];
  const blockCategories = options.blockCategories ?? defaultBlockCategories;
  // A blank draft (the usual state when a ticket opens) has nothing to find: skip compiling and
  // running the locale's matcher, which costs tens of milliseconds the first time.
  if (scan.trim() === '') {
    return { verdict: verdictOf([]), score: scoreOf([]), locale: ruleSet.locale, findings: [] };
  }

  const words = [...ruleFindings(scan, ruleSet), ...layoutFindings(scan, ruleSet)];
  const meaning = meaningFor(ruleSet.locale);
  const reading = meaning === undefined ? undefined : readMeaning(scan, meaning);
  const corroborated = corroboratedWords(words, reading);
  const raw = [
    ...words,
    ...meaningFindings(words, reading),
    ...companyFindings(scan, options.flagPhrases ?? [], ruleSet),
  ];
  const allowed = allowedSpans(scan, options.allowPhrases ?? []);
  const severityOf = (finding: RawFinding): Severity =>
    finding.severity ?? severityFor(finding.category, blockCategories);
  const isKept = (finding: RawFinding): boolean =>
    !allowed.some(([start, end]) => finding.start < end && start < finding.end) &&
    finding.end > finding.start;
  const kept = judgedByModel(
    raw.filter(isKept),
    severityOf,
    reading,
    meaning,
    isKept,
    corroborated,
  );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);

  const findings = kept.map((finding): Finding => {
    const excerpt = text.slice(finding.start, finding.end);
    const start = html === undefined ? finding.start : (html.htmlStart[finding.start] ?? 0);
    const end = html === undefined ? finding.end : (html.htmlEnd[finding.end - 1] ?? start);
    const suggestion =
      finding.suggestion === undefined
        ? undefined
        : html === undefined
          ? matchCase(excerpt, finding.suggestion)
          : htmlSuggestion(input.slice(start, end), matchCase(excerpt, finding.suggestion));
    return {
      category: finding.category,
      severity: severityOf(finding),
      start,
      end,
      excerpt,
      reason: finding.reason,
      ...(finding.ruleRef === undefined ? {} : { ruleRef: finding.ruleRef }),
      ...(suggestion === undefined ? {} : { suggestion }),
      ruleId: finding.ruleId,
      ...(finding.explanation === undefined ? {} : { explanation: finding.explanation }),
    };
  });
  return {
    verdict: verdictOf(findings),
    score: scoreOf(findings),
    locale: ruleSet.locale,
    findings,
  };
}

/**
 * The findings after the learned model has read them in context: without the ones it clears, and
 * with its own when it is confident of more than is left. Unchanged when the model is not loaded.
 * A `block` opinion takes its severity from the admin's block list like any other finding; a
 * `review` one stays `review`. The model's finding is dropped when it overlaps an allow phrase.
 */
function judgedByModel(
  kept: readonly RawFinding[],
  severityOf: (finding: RawFinding) => Severity,
  reading: Reading | undefined,
  meaning: MeaningLocale | undefined,
  isKept: (finding: RawFinding) => boolean,
  corroborated: ReadonlySet<RawFinding>,
): RawFinding[] {
  const model = toneModel();
  const judge = modelJudge();
  if (model === undefined || judge === undefined || reading === undefined || meaning === undefined)
    return [...kept];
  const judged = kept.map((finding) => ({
    ...finding,
    severity: severityOf(finding),
    corroborated: corroborated.has(finding),
  }));
  const { cleared, raised } = judge(reading, meaning, model, judged);
  const left = kept.filter((_, index) => !cleared.has(index));
  if (raised === undefined) return left;
  const { severity, ...finding } = raised;
  const opinion: RawFinding = severity === 'block' ? finding : { ...finding, severity };
  return isKept(opinion) ? [...left, opinion] : left;
}

/**
 * Compiles the matcher for `locale` (every locale for `auto` or an unknown one) and runs it once, so
 * the agent's first check does not pay for it: a locale's combined expression takes V8 tens to
 * hundreds of milliseconds to compile on first use. Call it when the UI is idle; the result is cached.
 */
export function prepareToneCheck(locale = 'auto'): void {
  const locales = isToneLocale(locale) ? [locale] : [...toneLocales, 'auto'];
  // Non-blank HTML with a quote and capitals: every expression a real check uses runs once; the
  // sentence of four words or more is read by the model too, once its chunk is loaded.
  const sample =
    '<p>Warm up, PLEASE!!! We can look at a plan together.</p><blockquote>quoted</blockquote>';
  // Twice: V8 interprets an expression the first time and compiles it to machine code the next.
  for (const each of locales) {
    checkTone(sample, { format: 'html', locale: each });
    checkTone(sample, { format: 'html', locale: each });
  }
}
