/**
 * Applying suggestions: pure string edits, right to left so earlier offsets stay valid.
 */
import type { Finding } from './types';

type Span = Pick<Finding, 'start' | 'end' | 'suggestion'>;

/** A suggestion that is whole sentences: it ends with a full stop, question or exclamation mark. */
const endsSentence = /[.!?…]["'”’»)]*$/u;
/** The draft's own closing marks right after the span, which a sentence suggestion brings itself. */
const closingMarks = /^[ \t]*[.!?…]+(?=["'”’»)]*(?:\s|$))/u;
/**
 * The rest of the sentence the span was cut from, when it goes on after the span: a comma, colon
 * or semicolon, or a word in lower case ("… would think if they knew about this, though."). Up to
 * and including the sentence's own closing marks, or the end of the line. Bounded, so linear.
 */
const sentenceRest =
  /^(?:[ \t]*[,;:—–-]|[ \t]+[^\s<])(?:[^\n<.!?…]|[.!?…](?=[^\s.!?…])){0,400}?(?:[.!?…]+["'”’»)]*(?=\s|$)|(?=\n)|$)/u;

/** Closing quotes or brackets right after the span, then closing marks: `…post'.` */
const closingQuote = /^(["'”’»)]+)([.!?…]*)(?=\s|$)/u;

/** What applying one finding does: `text.slice(start, end)` becomes `replacement`. */
export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}

/** True when `span` opens more of `quote` than it closes (an apostrophe counts as either). */
function opensQuote(span: string, quote: string): boolean {
  const pairs: Record<string, string> = {
    '"': '"',
    "'": "'",
    '”': '“',
    '’': '‘',
    '»': '«',
    ')': '(',
  };
  const opening = pairs[quote.charAt(0)] ?? quote;
  const opened = span.split(opening).length - 1;
  const closed = opening === quote ? 0 : span.split(quote.charAt(0)).length - 1;
  return opening === quote ? opened % 2 === 1 : opened > closed;
}

/**
 * What applying `finding` replaces, and with what: its span and, when the suggestion is whole
 * sentences, the rest of the sentence the span was cut from (so no fragment of the replaced
 * sentence is left dangling after the new one) and the draft's own closing marks (no ".." or
 * ".?"); a closing quote whose opening quote the span replaced goes too. Undefined when the finding
 * has no suggestion or its span does not fit inside `text`.
 */
export function replacedRange(text: string, finding: Span): Replacement | undefined {
  const { start, end, suggestion } = finding;
  if (suggestion === undefined) return undefined;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end))
    return undefined;
  if (end > text.length) return undefined;
  const span = text.slice(start, end);
  // A span that ends its sentence itself ("You haven't paid your bill.") takes nothing more.
  if (!endsSentence.test(suggestion) || endsSentence.test(span)) {
    return { start, end, replacement: suggestion };
  }
  const after = text.slice(end, end + 500);
  const quoted = closingQuote.exec(after);
  const quotes = quoted?.[1] ?? '';
  const opened = quotes !== '' && opensQuote(span, quotes);
  if (quoted !== null && (opened || quoted[2] !== '')) {
    return { start, end: end + quoted[0].length, replacement: suggestion + (opened ? '' : quotes) };
  }
  const rest = closingMarks.exec(after) ?? sentenceRest.exec(after);
  return { start, end: end + (rest?.[0].length ?? 0), replacement: suggestion };
}

/**
 * The draft with one finding's span replaced by its suggestion (see {@link replacedRange} for what
 * a whole-sentence suggestion also replaces). Returns `text` unchanged when the finding has no
 * suggestion or its span does not fit inside `text`.
 */
export function applySuggestion(text: string, finding: Span): string {
  const range = replacedRange(text, finding);
  if (range === undefined) return text;
  return text.slice(0, range.start) + range.replacement + text.slice(range.end);
}

/**
 * The draft with every suggestion applied, right to left. When the parts they replace overlap, the
 * one that starts first wins (ties: the longer one) and the others are skipped, so no text is
 * replaced twice.
 */
export function applyAllSuggestions(text: string, findings: readonly Span[]): string {
  const withRanges = findings.flatMap((finding) => {
    const range = replacedRange(text, finding);
    return range === undefined ? [] : [range];
  });
  withRanges.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: typeof withRanges = [];
  let reached = 0;
  for (const each of withRanges) {
    if (each.start < reached) continue;
    chosen.push(each);
    reached = Math.max(each.end, each.start + 1);
  }
  let result = text;
  for (let index = chosen.length - 1; index >= 0; index -= 1) {
    const each = chosen[index];
    if (each !== undefined) {
      result = result.slice(0, each.start) + each.replacement + result.slice(each.end);
    }
  }
  return result;
}
