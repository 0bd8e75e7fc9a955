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
// As browsers read tags: quotes only delimit a value after `=`; anything else runs to the next `>`.
const tagPattern = /<(\/?)([A-Za-z][^\s/>]*)(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>/y;
const commentPattern = /<!--[\s\S]*?(?:-->|$)/y;
const rawTextTags = new Set(['script', 'style']);

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
  let index = 0;
  while (index < html.length) {
    const char = html[index];
    if (char === '<') {
      commentPattern.lastIndex = index;
      const comment = html.startsWith('<!--', index) ? commentPattern.exec(html) : null;
      if (comment !== null) {
        index += comment[0].length;
        continue;
      }
      tagPattern.lastIndex = index;
      const tag = tagPattern.exec(html);
      if (tag !== null) {
        const closing = tag[1] === '/';
        const name = (tag[2] ?? '').toLowerCase();
        const end = index + tag[0].length;
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
        if (blockTags.has(name)) emit('\n', index, end);
        index = end;
        if (!closing && rawTextTags.has(name)) {
          const close = html.toLowerCase().indexOf(`</${name}`, index);
          index = close === -1 ? html.length : close;
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

const anyTag = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^\s/>]*(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>/g;

/**
 * A suggestion for an HTML span: the escaped text followed by every tag the span contained, in
 * order, so replacing the span never unbalances the markup around it.
 */
export function htmlSuggestion(htmlSpan: string, suggestion: string): string {
  const tags = htmlSpan.match(anyTag) ?? [];
  return escapeHtml(suggestion) + tags.join('');
}
