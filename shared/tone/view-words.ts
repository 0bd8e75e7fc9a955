/**
 * The tone view's findings in words, the same for every host: the categories that stop a message,
 * each named once in reading order (the card's disabled Copy says which).
 */
import type { Translate } from '../i18n/translate';
import type { Finding } from './types';

/** "threat, shaming or insult": each finding's category once, in the order found. */
export function categoriesText(t: Translate, findings: readonly Finding[]): string {
  const categories = [...new Set(findings.map((finding) => finding.category))];
  return categories.map((category) => t(`tone.category.${category}`).toLowerCase()).join(', ');
}
