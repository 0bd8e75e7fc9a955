/**
 * The tone panel's view model, the same for every host: which findings are problems and which are
 * good signs (and in what order), when "Apply all" is offered, which label names the verdict, and
 * what `ticket.save` (or the card's Copy) does with a draft, how long typing pauses before a new check
 * and what a rewrite does. Hosts render this and map the codes to their words.
 */
import { languageIn } from '../i18n/language';
import type { ToneOnSave } from '../settings/settings';
import type { Emphasis } from '../view/emphasis';
import { applyAllSuggestions, applySuggestion } from './apply';
import { htmlToText } from './html';
import type { ToneLocale } from './rules';
import type { Finding, Severity, ToneResult, Verdict } from './types';

/** One label code per verdict; each host's catalog holds its words under this key. */
export const verdictLabels = {
  ok: 'tone.verdict.ok',
  review: 'tone.verdict.review',
  block: 'tone.verdict.block',
} as const satisfies Record<Verdict, string>;

/** The code of a verdict's label, such as `tone.verdict.review`. */
export type VerdictLabel = (typeof verdictLabels)[Verdict];

/** How a verdict is marked: fine to send, worth a second look, or not to be sent as it is. */
export const verdictEmphasis = {
  ok: 'good',
  review: 'caution',
  block: 'bad',
} as const satisfies Record<Verdict, Emphasis>;

/** How a finding is marked by its severity; an `info` finding is a good sign. */
export const severityEmphasis = {
  info: 'good',
  review: 'caution',
  block: 'bad',
} as const satisfies Record<Severity, Emphasis>;

/**
 * The language to read a customer's messages in: theirs when the tone rules know it, else `auto`
 * (the check detects it from the draft), so a customer whose language has no rules is not read as
 * English.
 */
export function toneLanguageFor(customerLocale: string | undefined): ToneLocale | 'auto' {
  return languageIn(customerLocale, isRuleLocale) ?? 'auto';
}

// The locales with rules, named here rather than read from the rules: the view is imported by the
// HubSpot card, which checks drafts through our backend and must not carry the rules (issue 16).
// `satisfies` makes the compiler refuse a list that misses or adds a locale of `ruleSets`.
const ruleLocales = { en: true, es: true } as const satisfies Record<ToneLocale, true>;
const isRuleLocale = (locale: string): locale is ToneLocale => Object.hasOwn(ruleLocales, locale);

/**
 * "Apply all" is offered from this many applicable suggestions. With one, the finding's own Apply
 * button does the same thing, and a second button for it only makes the agent wonder what else
 * "all" would change.
 */
export const applyAllFrom = 2;

/** True for a good sign (kind wording worth keeping): `info` severity, whatever its category. */
export function isGoodFinding(finding: Finding): boolean {
  return finding.severity === 'info';
}

/** Findings in reading order: by where they start in the draft, then by where they end. */
function inDraftOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What the tone panel shows for one checked draft. */
export interface ToneView {
  verdict: Verdict;
  verdictLabel: VerdictLabel;
  score: number;
  /** The findings to act on, in reading order. */
  problems: Finding[];
  /** The good signs, in reading order. */
  good: Finding[];
  /** The problems that carry a rewrite, in reading order: what "Apply all" applies. */
  applicable: Finding[];
  /** True when "Apply all" is offered (at least {@link applyAllFrom} applicable suggestions). */
  canApplyAll: boolean;
}

/** The tone panel's view of a check result. */
export function toneView(result: ToneResult): ToneView {
  const ordered = inDraftOrder(result.findings);
  const problems = ordered.filter((finding) => !isGoodFinding(finding));
  const applicable = problems.filter((finding) => finding.suggestion !== undefined);
  return {
    verdict: result.verdict,
    verdictLabel: verdictLabels[result.verdict],
    score: result.score,
    problems,
    good: ordered.filter(isGoodFinding),
    applicable,
    canApplyAll: applicable.length >= applyAllFrom,
  };
}

/** Whether the customer will see the comment being saved. */
export type SavedCommentType = 'publicReply' | 'internalNote';

/**
 * What saving a comment does, given its check: `pass` when nothing blocks; `note-checked` for an
 * internal note with blocking findings (never stopped, the customer does not see it); `warned` for
 * a public reply in "warn" mode; `stopped` for a public reply in "block" mode. `findings` are the
 * blocking findings in reading order.
 */
export type SaveDecision =
  { kind: 'pass' } | { kind: 'stopped' | 'warned' | 'note-checked'; findings: Finding[] };

/** Decides what `ticket.save` does with a checked comment under the admin's "on save" mode. */
export function decideSave(
  result: ToneResult,
  type: SavedCommentType,
  onSave: ToneOnSave,
): SaveDecision {
  const findings = inDraftOrder(result.findings).filter((finding) => finding.severity === 'block');
  if (findings.length === 0) return { kind: 'pass' };
  if (type === 'internalNote') return { kind: 'note-checked', findings };
  return { kind: onSave === 'warn' ? 'warned' : 'stopped', findings };
}

/** How each save outcome is announced: a stopped or warned reply interrupts, a checked note reports. */
export const saveOutcomeNotice = {
  stopped: { emphasis: 'bad', role: 'alert' },
  warned: { emphasis: 'caution', role: 'alert' },
  'note-checked': { emphasis: 'info', role: 'status' },
} as const satisfies Record<
  Exclude<SaveDecision['kind'], 'pass'>,
  { emphasis: Emphasis; role: 'alert' | 'status' }
>;

/**
 * True when a save sends the customer a reply whose tone counts belong in the outcomes records: a
 * public reply the check did not stop, with the admin's recording on.
 */
export function countsAsToneSend(
  decision: SaveDecision,
  type: SavedCommentType,
  recording: boolean,
): boolean {
  return recording && type === 'publicReply' && decision.kind !== 'stopped';
}

/**
 * How long typing must pause before the draft is checked again, on every host. The check itself
 * is fast; waiting spares a re-render per keystroke.
 */
export const toneRecheckDelayMs = 150;

/** True when the draft has no words yet: nothing to check or show. */
export function isBlankDraft(draft: string, format: 'html' | 'text'): boolean {
  return (format === 'html' ? htmlToText(draft).text : draft).trim() === '';
}

/**
 * Applies one finding's suggestion, or every applicable one ("Apply all"), to the draft `result`
 * was checked on (offsets only fit that draft). `applied` counts the rewrites, for the tone tally.
 */
export function rewriteDraft(
  checked: string,
  result: ToneResult,
  target: Finding | 'all',
): { text: string; applied: number } {
  // The check's findings go along: words a suggestion does not cover (a threat) always stay.
  if (target !== 'all') {
    return { text: applySuggestion(checked, target, result.findings), applied: 1 };
  }
  const { applicable } = toneView(result);
  return {
    text: applyAllSuggestions(checked, applicable, result.findings),
    applied: applicable.length,
  };
}

/**
 * The rewrite of the draft as it is now, or undefined when the agent typed since `result` was
 * checked: its offsets no longer fit, so the host checks again instead of rewriting.
 */
export function rewriteIfCurrent(
  current: string,
  checked: string,
  result: ToneResult,
  target: Finding | 'all',
): { text: string; applied: number } | undefined {
  return current === checked ? rewriteDraft(checked, result, target) : undefined;
}

/** What the sidebar keeps saying about the last save: nothing once it passed. */
export type SaveOutcome = Exclude<SaveDecision, { kind: 'pass' }>;

/**
 * What a save of a checked comment does: the decision, what the sidebar then says about it, and
 * whether its tone counts go to the outcomes records ({@link countsAsToneSend}).
 */
export function answerSave(
  result: ToneResult,
  type: SavedCommentType,
  onSave: ToneOnSave,
  recording: boolean,
): { decision: SaveDecision; outcome: SaveOutcome | undefined; counts: boolean } {
  const decision = decideSave(result, type, onSave);
  const outcome = decision.kind === 'pass' ? undefined : decision;
  return { decision, outcome, counts: countsAsToneSend(decision, type, recording) };
}

/**
 * What Copy does on a host where copying is sending as far as Tactful can tell (the HubSpot card):
 * `off` while there is nothing fit to copy (a blank draft, template parts still to fill, or, in
 * "block" mode, typing not yet checked); `stopped` when "block" mode stops it as a public reply,
 * with the blocking findings; else `copy`, `withProblems` when the verdict says not to send.
 */
export type CopyDecision =
  | { kind: 'off' }
  | { kind: 'stopped'; findings: Finding[] }
  | { kind: 'copy'; withProblems: boolean };

/** Decides Copy for a draft and its (possibly a moment old) check, under the "on save" mode. */
export function decideCopy(
  draft: { blank: boolean; pending: boolean; unfilled: boolean },
  result: ToneResult,
  onSave: ToneOnSave,
): CopyDecision {
  if (draft.blank) return { kind: 'off' };
  const save = decideSave(result, 'publicReply', onSave);
  if (save.kind === 'stopped') return { kind: 'stopped', findings: save.findings };
  if (draft.unfilled || (draft.pending && onSave === 'block')) return { kind: 'off' };
  return { kind: 'copy', withProblems: result.verdict === 'block' };
}
