/**
 * The tone view's findings in words, the same for every host: the categories that stop a message,
 * each named once in reading order (the card's disabled Copy says which), the problems with their
 * excerpts (Zendesk's save notices), and a finding's explanation and suggestion label in the
 * agent's language when the customer's differs.
 */
import { baseLanguage } from '../i18n/language';
import { languageFor, type Translate } from '../i18n/translate';
import type { Finding } from './types';

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
