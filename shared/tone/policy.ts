/**
 * The severity policy of issue 3: what blocks a send, what asks the agent to review, what only
 * informs. Admins can change which categories block (`ToneOptions.blockCategories`).
 */
import type { Severity, ToneCategory } from './types';

/** The severity each category has before admin settings. */
export const defaultSeverity: Readonly<Record<ToneCategory, Severity>> = {
  threat: 'block',
  misrepresentation: 'block',
  'third-party': 'block',
  shaming: 'block',
  profanity: 'block',
  harassment: 'block',
  accusatory: 'review',
  pressure: 'review',
  jargon: 'review',
  positive: 'info',
};

/** The categories that block a send unless an admin says otherwise. */
export const defaultBlockCategories: readonly ToneCategory[] = [
  'threat',
  'misrepresentation',
  'third-party',
  'shaming',
  'profanity',
  'harassment',
];

/**
 * The severity of a category under the admin's block list: listed categories block, default-block
 * categories that are not listed are downgraded to `review`, positive signals stay `info`.
 */
export function severityFor(
  category: ToneCategory,
  blockCategories: readonly ToneCategory[] = defaultBlockCategories,
): Severity {
  if (category === 'positive') return 'info';
  if (blockCategories.includes(category)) return 'block';
  return 'review';
}
