/**
 * The visible text of a rich-text draft (Zendesk's editor gives HTML), with a map from every text
 * character back to the HTML it came from, so findings can point into the HTML and a suggestion
 * can replace a span without touching the formatting around it.
 */

/** A quoted-reply character: never matches a rule, so quoted text is not checked. */
import { escapeHtml } from '../text/escape-html';

export { escapeHtml };

export const QUOTED = '\u0000';

/** Visible text of an HTML fragment and where each of its characters came from. */
export interface HtmlText {
  text: string;
  /** `htmlStart[i]` is the HTML offset where text character `i` starts. */
  htmlStart: number[];
  /** `htmlEnd[i]` is the HTML offset just after text character `i`. */
  htmlEnd: number[];
  /** Text characters inside `<blockquote>`: quoted words, not the agent's. */
  quoted: boolean[];
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  euro: '\u20ac',
  pound: '\u00a3',
  copy: '\u00a9',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  aacute: '\u00e1',
  eacute: '\u00e9',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  uuml: '\u00fc',
  Aacute: '\u00c1',
  Eacute: '\u00c9',
  Iacute: '\u00cd',
  Oacute: '\u00d3',
  Uacute: '\u00da',
  Ntilde: '\u00d1',
};

/** Tags after which the visible text continues on a new line. */
const blockTags = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
]);

const entityPattern = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;
// Tags whose contents are not text, and where they end. A case-insensitive search keeps offsets in
// `html` itself: lower-casing the whole draft can change its length ("İ" becomes two characters).
const rawTextEnd = new Map([
  ['script', /<\/script/gi],
  ['style', /<\/style/gi],
]);
const whiteSpace = /\s/;

/** A tag read at some offset: its name as written, whether it closes, and the offset after it. */
interface Tag {
  closing: boolean;
  name: string;
  end: number;
}

/**
 * The tag that starts at `start` (a `<`), read as browsers read tags: quotes only delimit a value
 * after `=`, so a `>` inside one does not end the tag; anything else runs to the next `>`. Without
 * a `>` after the name there is no tag and the `<` is text. `lastGt` is `html.lastIndexOf('>')`.
 *
 * A hand scanner, not a regular expression: the expression it replaces,
 * `<(\/?)([A-Za-z][^\s/>]*)(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>`, had overlapping parts that
 * backtracked (`'<a'.repeat(2000)` took 18 s, `'<a' + '=""'.repeat(22)` half a second and twice
 * that for each `=""` more). This reads each character a bounded number of times and finds the
 * same tags, including the expression's fallback: a quoted value with no `>` after its closing
 * quote does not hide the `>` inside it.
 */
function readTag(html: string, start: number, lastGt: number): Tag | undefined {
  let index = start + 1;
  const closing = html[index] === '/';
  if (closing) index += 1;
  const first = html.charCodeAt(index);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  // A name may hold `<` and `=`: without a `>` ahead, scanning it from every `<` would be quadratic.
  if (!letter || lastGt <= index) return undefined;
  let nameEnd = index + 1;
  while (nameEnd < html.length) {
    const char = html.charAt(nameEnd);
    if (char === '/' || char === '>' || whiteSpace.test(char)) break;
    nameEnd += 1;
  }
  const name = html.slice(index, nameEnd);
  // A name stops at the first `>` at the latest, and there is one ahead: this loop ends at one.
  let at = nameEnd;
  while (html[at] !== '>') {
    if (html[at] === '=') {
      let quoteAt = at + 1;
      while (quoteAt < lastGt && whiteSpace.test(html.charAt(quoteAt))) quoteAt += 1;
      const quote = html[quoteAt];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, quoteAt + 1);
        // Skip the value only when a `>` still follows it; else the `>` inside it ends the tag.
        if (close !== -1 && close < lastGt) {
          at = close + 1;
          continue;
        }
      }
    }
    at += 1;
  }
  return { closing, name, end: at + 1 };
}

/** The offset just after the comment that starts at `start`: its `-->`, or the end of `html`. */
function commentEnd(html: string, start: number): number {
  const close = html.indexOf('-->', start + 4);
  return close === -1 ? html.length : close + 3;
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  const code =
    decimal !== undefined
      ? Number.parseInt(decimal, 10)
      : hex !== undefined
        ? Number.parseInt(hex, 16)
        : undefined;
  if (code !== undefined) {
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return name !== undefined && Object.hasOwn(namedEntities, name) ? namedEntities[name] : undefined;
}

/**
 * The visible text of `html`: tags dropped, entities decoded, block tags turned into line breaks,
 * `<script>`/`<style>` contents skipped. Never throws; malformed markup is read as text.
 */
export function htmlToText(html: string): HtmlText {
  const out: HtmlText = { text: '', htmlStart: [], htmlEnd: [], quoted: [] };
  const chars: string[] = [];
  let quoteDepth = 0;
  const emit = (value: string, start: number, end: number): void => {
    // Astral characters (emoji) are two UTF-16 units; each unit maps to the same HTML range.
    for (let unit = 0; unit < value.length; unit += 1) {
      chars.push(value[unit] ?? '');
      out.htmlStart.push(start);
      out.htmlEnd.push(end);
      out.quoted.push(quoteDepth > 0);
    }
  };
  const lastGt = html.lastIndexOf('>');
  let index = 0;
  while (index < html.length) {
    const char = html[index];
    if (char === '<') {
      if (html.startsWith('<!--', index)) {
        index = commentEnd(html, index);
        continue;
      }
      const tag = readTag(html, index, lastGt);
      if (tag !== undefined) {
        const name = tag.name.toLowerCase();
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (tag.closing ? -1 : 1));
        if (blockTags.has(name)) emit('\n', index, tag.end);
        index = tag.end;
        const rawEnd = tag.closing ? undefined : rawTextEnd.get(name);
        if (rawEnd !== undefined) {
          rawEnd.lastIndex = index;
          index = rawEnd.exec(html)?.index ?? html.length;
        }
        continue;
      }
    } else if (char === '&') {
      entityPattern.lastIndex = index;
      const entity = entityPattern.exec(html);
      const decoded = entity === null ? undefined : decodeEntity(entity);
      if (entity !== null && decoded !== undefined) {
        emit(decoded, index, index + entity[0].length);
        index += entity[0].length;
        continue;
      }
    }
    emit(char ?? '', index, index + 1);
    index += 1;
  }
  out.text = chars.join('');
  return out;
}

/**
 * A suggestion for an HTML span: the escaped text followed by every tag (and comment) the span
 * contained, in order, so replacing the span never unbalances the markup around it.
 */
export function htmlSuggestion(htmlSpan: string, suggestion: string): string {
  const lastGt = htmlSpan.lastIndexOf('>');
  const tags: string[] = [];
  let index = htmlSpan.indexOf('<');
  while (index !== -1) {
    const end = htmlSpan.startsWith('<!--', index)
      ? commentEnd(htmlSpan, index)
      : readTag(htmlSpan, index, lastGt)?.end;
    if (end !== undefined) tags.push(htmlSpan.slice(index, end));
    index = htmlSpan.indexOf('<', end ?? index + 1);
  }
  return escapeHtml(suggestion) + tags.join('');
}

/**
 * True when a block tag (`<p>`, `</p>`, `<br>`…) starts at `offset` of `html`: the visible text
 * goes on on a new line there, as after a line break in plain text.
 */
export function isBlockTagAt(html: string, offset: number): boolean {
  if (html.charAt(offset) !== '<') return false;
  const tag = readTag(html, offset, html.lastIndexOf('>'));
  return tag !== undefined && blockTags.has(tag.name.toLowerCase());
}
