import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { expectWithinFiveTimes, hostileSize, repeatTo } from '../../tests/reliability/linear-time';
import { applyAllSuggestions, applySuggestion } from './apply';
import { checkTone } from './check';
import { htmlSuggestion, htmlToText, type HtmlText } from './html';

describe('HTML drafts', () => {
  it('reads the visible text: tags dropped, entities decoded, blocks on new lines', () => {
    expect(htmlToText('<p>Tom &amp; Ana</p><p>Hi&nbsp;there</p><script>x()</script>').text).toBe(
      '\nTom & Ana\n\nHi\u00a0there\n',
    );
  });

  it('points findings into the HTML and rewrites them without losing the formatting around them', () => {
    const draft = '<p>Hi <b>Ana</b>,</p><p>Your account is <i>delinquent</i> &amp; in arrears.</p>';
    const result = checkTone(draft, { format: 'html' });
    expect(
      result.findings.map((finding) => [finding.excerpt, draft.slice(finding.start, finding.end)]),
    ).toEqual([
      ['delinquent', 'delinquent'],
      ['in arrears', 'in arrears'],
    ]);
    expect(applyAllSuggestions(draft, result.findings)).toBe(
      '<p>Hi <b>Ana</b>,</p><p>Your account is <i>overdue</i> &amp; behind on payments.</p>',
    );
  });

  it('keeps tags inside a rewritten span, so the markup stays balanced', () => {
    const draft = '<p><b>You</b> haven&#39;t paid your bill</p>';
    const [finding] = checkTone(draft, { format: 'html' }).findings;
    expect(finding).toMatchObject({
      category: 'accusatory',
      excerpt: "You haven't paid your bill",
    });
    if (finding === undefined) return;
    const applied = applySuggestion(draft, finding);
    expect(applied).toBe(
      "<p><b>I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?</b></p>",
    );
  });

  it('escapes suggestions so they cannot inject markup', () => {
    const draft = '<p>delinquent</p>';
    const result = checkTone(draft, {
      format: 'html',
      flagPhrases: [{ phrase: 'overdue', suggestion: '<img src=x>' }],
    });
    const flagged = checkTone('<p>overdue</p>', {
      format: 'html',
      flagPhrases: [{ phrase: 'overdue', suggestion: '<img src=x>' }],
    });
    expect(result.verdict).toBe('review');
    expect(flagged.findings[0]?.suggestion).toBe('&lt;img src=x&gt;');
  });

  it("skips the customer's words inside <blockquote>", () => {
    const draft = '<p>Thanks, I understand.</p><blockquote>you idiots, I will sue</blockquote>';
    expect(checkTone(draft, { format: 'html' }).verdict).toBe('ok');
  });
});

// The tag grammar as the regular expressions before the hand scanner read it (they backtracked
// for seconds on hostile drafts): the scanner must read every tag exactly as they did.
const formerTag = /<(\/?)([A-Za-z][^\s/>]*)(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>/y;
const formerComment = /<!--[\s\S]*?(?:-->|$)/y;
const formerAnyTag =
  /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^\s/>]*(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>/g;
const formerBlockTags = new Set(['p', 'br', 'blockquote']);

/** htmlToText as it was, for drafts without entities and with only the tags in `markup`. */
function formerHtmlToText(html: string): HtmlText {
  const out: HtmlText = { text: '', htmlStart: [], htmlEnd: [], quoted: [] };
  let quoteDepth = 0;
  const emit = (value: string, start: number, end: number): void => {
    out.text += value;
    out.htmlStart.push(start);
    out.htmlEnd.push(end);
    out.quoted.push(quoteDepth > 0);
  };
  let index = 0;
  while (index < html.length) {
    if (html[index] === '<') {
      formerComment.lastIndex = index;
      const comment = html.startsWith('<!--', index) ? formerComment.exec(html) : null;
      if (comment !== null) {
        index += comment[0].length;
        continue;
      }
      formerTag.lastIndex = index;
      const tag = formerTag.exec(html);
      if (tag !== null) {
        const closing = tag[1] === '/';
        const name = (tag[2] ?? '').toLowerCase();
        const end = index + tag[0].length;
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
        if (formerBlockTags.has(name)) emit('\n', index, end);
        index = end;
        if (!closing && name === 'script') {
          const close = html.toLowerCase().indexOf('</script', index);
          index = close === -1 ? html.length : close;
        }
        continue;
      }
    }
    emit(html.charAt(index), index, index + 1);
    index += 1;
  }
  return out;
}

const markup = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '/',
      '=',
      '"',
      "'",
      ' ',
      '\n',
      'a',
      'p',
      'P',
      'br',
      'script',
      'SCRIPT',
      'blockquote',
      '!--',
      '-->',
      'x y',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('tags read by the scanner', () => {
  it('reads every draft exactly as the former regular expressions did', () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(htmlToText(html)).toEqual(formerHtmlToText(html));
        expect(htmlSuggestion(html, 'ok')).toBe(`ok${(html.match(formerAnyTag) ?? []).join('')}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads quotes as browsers do: they delimit a value only after =', () => {
    expect(htmlToText('<a title="x>y">link</a>').text).toBe('link');
    expect(htmlToText('<a ti"tle>y">link</a>').text).toBe('y">link');
    expect(htmlToText("<a title = 'x>y' >link</a>").text).toBe('link');
    // A quoted value with no > after its closing quote ends at the > inside it.
    expect(htmlToText('<a title="x>y"').text).toBe('y"');
    expect(htmlToText('a < b').text).toBe('a < b');
  });

  it('skips a script to its closing tag even after characters that lower-case longer', () => {
    // "İ" lower-cases to two characters; the offsets of the closing tag must not shift.
    expect(htmlToText('İ<script>x()</SCRIPT>after').text).toBe('İafter');
  });

  it('keeps comments and tags inside a replaced span', () => {
    expect(htmlSuggestion('a<!-- c --><b>b</b><br', 'ok')).toBe('ok<!-- c --><b></b>');
  });

  describe('on hostile drafts (a ratio to plain HTML of the same length, never a time)', () => {
    const plainHtml = repeatTo('<p>Hello <b>Ana</b>, thanks for <i>your</i> payment.</p>');
    const crafted = {
      "tag names that never end ('<a' repeated)": repeatTo('<a'),
      'empty quoted values without a > (<a="" repeated)': `<a${repeatTo('=""', hostileSize - 2)}`,
      'empty quoted values, then a > at the very end': `<a${repeatTo('=""', hostileSize - 3)}>`,
      'single-quoted values without a >': `<a${repeatTo(" ='' ", hostileSize - 2)}`,
      'unclosed quotes after =': `<a${repeatTo(' ="', hostileSize - 2)}>`,
      'script tags that never close': repeatTo('<script>'),
      'comment openers': repeatTo('<!--'),
      'closing slashes': repeatTo('</'),
    };
    for (const [shape, html] of Object.entries(crafted)) {
      it(`reads ${shape} within 5× of plain HTML`, () =>
        expectWithinFiveTimes(htmlToText, html, plainHtml));
      it(`keeps the tags of ${shape} within 5× of plain HTML`, () =>
        expectWithinFiveTimes((input) => htmlSuggestion(input, 'ok'), html, plainHtml));
    }
  });
});
