/**
 * The tone view's findings in words, the same for every host: the categories that stop a message,
 * each named once in reading order (the card's disabled Copy says which), the problems with their
 * excerpts (Zendesk's save notices), a finding's explanation and suggestion label in the agent's
 * language when the customer's differs, and the whole panel's words ({@link toneWords}).
 */
import { baseLanguage } from '../i18n/language';
import { languageFor, type Translate } from '../i18n/translator';
import type { Emphasis } from '../view/emphasis';
import { htmlToText } from './html';
import type { Finding, ToneResult } from './types';
import { severityEmphasis, toneView, verdictEmphasis, type SaveDecision } from './view';

/** "threat, shaming or insult": each finding's category once, in the order found. */
export function categoriesText(t: Translate, findings: readonly Finding[]): string {
  const categories = [...new Set(findings.map((finding) => finding.category))];
  return categories.map((category) => t(`tone.category.${category}`).toLowerCase()).join(', ');
}

/** "threat (“we will sue you”), blaming (“you ignored”)": each category once, with its first excerpt. */
export function problemsText(t: Translate, findings: readonly Finding[]): string {
  const first = new Map<string, Finding>();
  for (const finding of findings) {
    if (!first.has(finding.category)) first.set(finding.category, finding);
  }
  return [...first.values()]
    .map(
      (finding) => `${t(`tone.category.${finding.category}`).toLowerCase()} (“${finding.excerpt}”)`,
    )
    .join(', ');
}

/** What the sidebar says after a save with blocking findings, by what the save did. */
const saveNoticeKeys = {
  stopped: 'tone.save.stoppedNotice',
  warned: 'tone.save.warned',
  'note-checked': 'tone.save.noteChecked',
} as const;

/** The sidebar's notice about the last save that had blocking findings, naming them. */
export function saveNotice(
  t: Translate,
  decision: Exclude<SaveDecision, { kind: 'pass' }>,
): string {
  return t(saveNoticeKeys[decision.kind], { problems: problemsText(t, decision.findings) });
}

/** What Zendesk tells the agent when the save is stopped; undefined when it goes through. */
export function saveRefusal(t: Translate, decision: SaveDecision): string | undefined {
  if (decision.kind !== 'stopped') return undefined;
  return t('tone.save.stopped', { problems: problemsText(t, decision.findings) });
}

/** How the agent reads one finding: why it matters, and what the suggestion is labelled. */
export interface FindingWords {
  readonly explanation: string;
  /** "Try instead", or "Try instead (in Spanish, the customer's language)". */
  readonly suggestionLabel: string;
}

/**
 * A finding in the agent's words. Its reason is written in the language of the rules that read the
 * draft (the customer's): an agent who reads that language gets it as written; any other agent gets
 * the category's explanation in their own language. The suggestion is for the customer, so it stays
 * in their language and, when that is not the agent's, its label says which language it is.
 */
export function findingWords(
  t: Translate,
  finding: Finding,
  rulesLocale: string,
  agentLocale: string,
): FindingWords {
  const rules = baseLanguage(rulesLocale);
  if (rules === undefined || rules === languageFor(agentLocale)) {
    return { explanation: finding.reason, suggestionLabel: t('tone.suggestion') };
  }
  const language = new Intl.DisplayNames([agentLocale], { type: 'language' }).of(rules) ?? rules;
  return {
    explanation: t(`tone.explain.${finding.category}`),
    suggestionLabel: t('tone.suggestionIn', { language }),
  };
}

/** One problem as every host lists it: its words decided here, its colour from the emphasis. */
export interface FindingLine {
  /** Unique within a check: the host's list key. */
  readonly key: string;
  readonly finding: Finding;
  readonly emphasis: Emphasis;
  /** "Blaming". */
  readonly category: string;
  /** "Stops the reply". */
  readonly severity: string;
  readonly excerpt: string;
  readonly explanation: string;
  /** "Rule: Reg F §1006.14", when the rule cites one. */
  readonly ruleRef?: string;
  /** The rewrite, as text (an HTML draft's suggestion may carry the span's tags), and its button. */
  readonly suggestion?: { readonly label: string; readonly text: string; readonly apply: string };
  /** The "This finding is wrong" button's accessible name. */
  readonly wrongLabel: string;
}

/** What the tone panel shows for one checked draft, in the agent's words. */
export interface ToneWords {
  readonly verdict: { readonly label: string; readonly emphasis: Emphasis };
  readonly score: number;
  readonly problems: readonly FindingLine[];
  /** The good signs' excerpts, in reading order, each with its list key. */
  readonly good: readonly { readonly key: string; readonly excerpt: string }[];
  readonly canApplyAll: boolean;
  /** What "Apply all" rewrites. */
  readonly applicable: readonly Finding[];
}

const lineKey = (finding: Finding) => `${finding.ruleId}:${finding.start}`;

/** The tone view of `result` for an agent reading `agentLocale`: what each host renders. */
export function toneWords(t: Translate, result: ToneResult, agentLocale: string): ToneWords {
  const view = toneView(result);
  return {
    verdict: { label: t(view.verdictLabel), emphasis: verdictEmphasis[view.verdict] },
    score: view.score,
    problems: view.problems.map((finding) => findingLine(t, finding, result.locale, agentLocale)),
    good: view.good.map((finding) => ({ key: lineKey(finding), excerpt: finding.excerpt })),
    canApplyAll: view.canApplyAll,
    applicable: view.applicable,
  };
}

/** One problem in the agent's words (see {@link findingWords} for the language rule). */
function findingLine(
  t: Translate,
  finding: Finding,
  rulesLocale: string,
  agentLocale: string,
): FindingLine {
  const words = findingWords(t, finding, rulesLocale, agentLocale);
  const { excerpt, suggestion, ruleRef } = finding;
  return {
    key: lineKey(finding),
    finding,
    emphasis: severityEmphasis[finding.severity],
    category: t(`tone.category.${finding.category}`),
    severity: t(`tone.severity.${finding.severity}`),
    excerpt,
    explanation: words.explanation,
    ...(ruleRef ? { ruleRef: t('tone.ruleRef', { ref: ruleRef }) } : {}),
    ...(suggestion === undefined
      ? {}
      : {
          suggestion: {
            label: words.suggestionLabel,
            text: htmlToText(suggestion).text,
            apply: t('tone.applyLabel', { excerpt }),
          },
        }),
    wrongLabel: t('tone.feedback.wrongLabel', { excerpt }),
  };
}
