/**
 * Applying suggestions: pure string edits, right to left so earlier offsets stay valid. The same
 * edits for a plain-text draft (the HubSpot card) and an HTML one (Zendesk's editor): a tag counts
 * as a boundary, so `…payment?</p>` ends its sentence as `…payment?` does at the end of the text.
 */
import { isBlockTagAt } from './html';
import type { Finding } from './types';

type Span = Pick<Finding, 'start' | 'end' | 'suggestion'>;

/** A suggestion that is whole sentences: it ends with a full stop, question or exclamation mark. */
const endsSentence = /[.!?…]["'”’»)]*$/u;
/** The draft's own closing marks right after the span, which a sentence suggestion brings itself. */
const closingMarks = /^[ \t]*[.!?…]+(?=["'”’»)]*(?:\s|$|<))/u;
/**
 * The rest of the sentence the span was cut from, when it goes on after the span: a comma, colon
 * or semicolon, or a word in lower case ("… would think if they knew about this, though."). Up to
 * and including the sentence's own closing marks, or the end of the line (a line break, a tag, the
 * end of the text; a tag ends a line only when it is a block tag, see {@link replacedRange}).
 * Bounded, so linear.
 */
const sentenceRest =
  /^(?:[ \t]*[,;:—–-]|[ \t]+[^\s<])(?:[^\n<.!?…]|[.!?…](?=[^\s<.!?…])){0,400}?(?:[.!?…]+["'”’»)]*(?=\s|$|<)|(?=\n|<)|$)/u;
/**
 * The start of a rest of the sentence that stays (it holds words no suggestion replaces): the
 * comma or dash that joined it, and its first letter when lower case, which the new sentence
 * before it capitalises (", and we will sue." becomes " And we will sue.").
 */
const keptRestStart = /^([ \t]*)[,;:—–-]?[ \t]*(\p{Ll})/u;

/** Closing quotes or brackets right after the span, then closing marks: `…post'.` */
const closingQuote = /^(["'”’»)]+)([.!?…]*)(?=\s|$|<)/u;

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

/** `text` without the tags it ends with: an HTML suggestion brings back the tags its span held. */
function withoutClosingTags(text: string): string {
  let end = text.length;
  while (text.charAt(end - 1) === '>') {
    const open = text.lastIndexOf('<', end - 1);
    if (open === -1) break;
    end = open;
  }
  return text.slice(0, end);
}

/** True when some finding in `findings` without a suggestion has words in `start..end`. */
function holdsKeptWords(findings: readonly Span[], start: number, end: number): boolean {
  return findings.some(
    (other) => other.suggestion === undefined && other.start < end && start < other.end,
  );
}

/**
 * What applying `finding` replaces, and with what: its span and, when the suggestion is whole
 * sentences, the rest of the sentence the span was cut from (so no fragment of the replaced
 * sentence is left dangling after the new one) and the draft's own closing marks (no ".." or
 * ".?"); a closing quote whose opening quote the span replaced goes too. Undefined when the finding
 * has no suggestion or its span does not fit inside `text`.
 *
 * `findings` are the check's other findings. The rest of the sentence is never taken when it
 * holds words of one without a suggestion (a threat the agent must rewrite themselves): those
 * words stay, as a sentence of their own after the new one, so a rewrite never silently deletes
 * them ("…you haven't paid your bill and we will sue." keeps " And we will sue.").
 */
export function replacedRange(
  text: string,
  finding: Span,
  findings: readonly Span[] = [],
): Replacement | undefined {
  const { start, end, suggestion } = finding;
  if (suggestion === undefined) return undefined;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end))
    return undefined;
  if (end > text.length) return undefined;
  const span = text.slice(start, end);
  // A span that ends its sentence itself ("You haven't paid your bill.") takes nothing more.
  if (!endsSentence.test(withoutClosingTags(suggestion)) || endsSentence.test(span)) {
    return { start, end, replacement: suggestion };
  }
  const after = text.slice(end, end + 500);
  const quoted = closingQuote.exec(after);
  const quotes = quoted?.[1] ?? '';
  const opened = quotes !== '' && opensQuote(span, quotes);
  const spanOnly = { start, end, replacement: suggestion };
  if (quoted !== null && (opened || quoted[2] !== '')) {
    const through = end + quoted[0].length;
    if (holdsKeptWords(findings, end, through)) return spanOnly;
    return { start, end: through, replacement: suggestion + (opened ? '' : quotes) };
  }
  const marks = closingMarks.exec(after);
  if (marks !== null) {
    const through = end + marks[0].length;
    return holdsKeptWords(findings, end, through) ? spanOnly : { ...spanOnly, end: through };
  }
  const rest = sentenceRest.exec(after)?.[0] ?? '';
  // A line ends at a block tag (`</p>`, `<br>`); an inline one (`<b>`) is inside the sentence,
  // which goes on past what the expression can read: leave it as it is.
  const stoppedAt = end + rest.length;
  if (text.charAt(stoppedAt) === '<' && !isBlockTagAt(text, stoppedAt)) return spanOnly;
  if (!holdsKeptWords(findings, end, stoppedAt)) return { ...spanOnly, end: stoppedAt };
  const kept = keptRestStart.exec(after);
  // Another suggestion that starts there rewrites that letter itself.
  const rewritten = (other: Span): boolean =>
    other.suggestion !== undefined &&
    other.start < end + (kept?.[0].length ?? 0) &&
    end < other.end;
  if (kept === null || findings.some(rewritten)) return spanOnly;
  const [joint, space = '', letter = ''] = kept;
  return {
    start,
    end: end + joint.length,
    replacement: `${suggestion}${space === '' ? ' ' : space}${letter.toUpperCase()}`,
  };
}

/**
 * The draft with one finding's span replaced by its suggestion (see {@link replacedRange} for what
 * a whole-sentence suggestion also replaces, and what of it stays when `findings`, the check's
 * findings, have words there without a suggestion). Returns `text` unchanged when the finding has
 * no suggestion or its span does not fit inside `text`.
 */
export function applySuggestion(
  text: string,
  finding: Span,
  findings: readonly Span[] = [],
): string {
  const range = replacedRange(text, finding, findings);
  if (range === undefined) return text;
  return text.slice(0, range.start) + range.replacement + text.slice(range.end);
}

/**
 * The draft with every suggestion applied, right to left. When the parts they replace overlap, the
 * one that starts first wins (ties: the longer one) and the others are skipped, so no text is
 * replaced twice. `checked` are all the check's findings (by default `findings`): words of those
 * without a suggestion stay.
 */
export function applyAllSuggestions(
  text: string,
  findings: readonly Span[],
  checked: readonly Span[] = findings,
): string {
  const withRanges = findings.flatMap((finding) => {
    const range = replacedRange(text, finding, checked);
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
