/**
 * Applying suggestions: pure string edits, right to left so earlier offsets stay valid.
 */
import type { Finding } from './types';

type Span = Pick<Finding, 'start' | 'end' | 'suggestion'>;

/**
 * The draft with one finding's span replaced by its suggestion. Returns `text` unchanged when the
 * finding has no suggestion or its span does not fit inside `text`.
 */
export function applySuggestion(text: string, finding: Span): string {
  const { start, end, suggestion } = finding;
  if (suggestion === undefined) return text;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end))
    return text;
  if (end > text.length) return text;
  return text.slice(0, start) + suggestion + text.slice(end);
}

/**
 * The draft with every suggestion applied, right to left. When spans overlap, the one that starts
 * first wins (ties: the longer one) and the others are skipped, so no text is replaced twice.
 */
export function applyAllSuggestions(text: string, findings: readonly Span[]): string {
  const withSuggestions = findings
    .filter((finding) => finding.suggestion !== undefined)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Span[] = [];
  let reached = 0;
  for (const finding of withSuggestions) {
    if (finding.start < reached) continue;
    chosen.push(finding);
    reached = Math.max(finding.end, finding.start + 1);
  }
  let result = text;
  for (let index = chosen.length - 1; index >= 0; index -= 1) {
    const finding = chosen[index];
    if (finding !== undefined) result = applySuggestion(result, finding);
  }
  return result;
}
