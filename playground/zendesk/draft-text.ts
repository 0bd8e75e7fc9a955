/**
 * The reply editor's two views of a draft: the text an agent sees and types, and the HTML that
 * Zendesk's rich editor hands apps through `comment.text` (one paragraph a line).
 */
import { escapeHtml } from '../../shared/text/escape-html';

/** Typed text as editor HTML: each line its own escaped paragraph. */
export function draftHtmlFromText(text: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

const blockTags = new Set(['P', 'DIV', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'PRE']);

/** Editor HTML as the text an agent sees: block elements and <br> become line breaks. */
export function draftTextFromHtml(html: string): string {
  // DOMParser builds an inert document: nothing in it loads or runs.
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const br of Array.from(body.querySelectorAll('br'))) br.replaceWith('\n');
  const lines: string[] = [];
  let inline: string | undefined;
  for (const node of Array.from(body.childNodes)) {
    const text = node.textContent ?? '';
    if (node instanceof Element && blockTags.has(node.tagName)) {
      if (inline !== undefined) lines.push(inline);
      inline = undefined;
      lines.push(text);
    } else {
      inline = (inline ?? '') + text;
    }
  }
  if (inline !== undefined) lines.push(inline);
  return lines.join('\n');
}
