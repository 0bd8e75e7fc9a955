import { describe, expect, it } from '@jest/globals';
import { plainExcerpt, excerptInputLimit } from './engagements';
import * as linearTime from '../../../../tests/reliability/linear-time';

describe('plainExcerpt', () => {
  it('drops tags, keeps words apart at line breaks and decodes the usual entities', () => {
    expect(plainExcerpt('<div><strong>Note:</strong> Consulta sobre el saldo</div>')).toBe(
      'Note: Consulta sobre el saldo',
    );
    expect(plainExcerpt('one<br>two<BR/>three</p>four</div>five</li>six')).toBe(
      'one two three four five six',
    );
    expect(plainExcerpt('Tom &amp; Ana&nbsp;said &lt;b&gt; is &quot;bold&quot; &#39;ok&#39;')).toBe(
      'Tom & Ana said <b> is "bold" \'ok\'',
    );
    expect(plainExcerpt('  spaced\n\n out\t ')).toBe('spaced out');
    expect(plainExcerpt(null)).toBe('');
    expect(plainExcerpt('')).toBe('');
  });

  it('keeps a < that opens no tag as text', () => {
    expect(plainExcerpt('2 < 3 and 5 > 4')).toBe('2 4');
    expect(plainExcerpt('a < b')).toBe('a < b');
    // Line breaks are read first, as before: the break inside the unclosed `<x` goes, `<x` stays.
    expect(plainExcerpt('<x <br> y')).toBe('<x y');
  });

  it('cuts to 200 characters with an ellipsis', () => {
    const long = plainExcerpt(`<p>${'word '.repeat(100)}</p>`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('reads only the start of a huge body, and says there was more', () => {
    const visible = 'Short note. ';
    const body = `<p>${visible}</p>${'<span style="color:red"></span>'.repeat(linearTime.hostileSize / 30)}`;
    expect(body.length).toBeGreaterThan(excerptInputLimit);
    expect(plainExcerpt(body)).toBe('Short note.…');
  });

  it('does not show half a tag or half an emoji where the body was cut', () => {
    const invisible = (length: number) => '<i></i>'.repeat(Math.floor(length / 7));
    const link = '<a href="https://example.test/' + 'p'.repeat(200) + '">pay here</a>';
    const cutInTag = `${invisible(excerptInputLimit - 100)}Hello ${link}`;
    expect(plainExcerpt(cutInTag)).toBe('Hello…');
    const beforeEmoji = `${invisible(excerptInputLimit - 1)}y`;
    expect(beforeEmoji).toHaveLength(excerptInputLimit - 1);
    expect(plainExcerpt(`${beforeEmoji}\u{1F600} and more`)).toBe('y…');
  });

  describe('on hostile bodies (a ratio to a plain body of the same length, never a time)', () => {
    const plainBody = linearTime.repeatTo(
      '<p>Hello <b>Ana</b>, thanks for your payment of $250.</p><br>',
    );
    const crafted = {
      'line-break tags that never close (<br<br…)': linearTime.repeatTo('<br'),
      'a < on every character': linearTime.repeatTo('<'),
      'tags that all close at the very end': `${linearTime.repeatTo('<p', linearTime.hostileSize - 1)}>`,
      'entities without end': linearTime.repeatTo('&amp'),
      'white space': `x${linearTime.repeatTo(' \n\t', linearTime.hostileSize - 1)}`,
    };
    for (const [shape, body] of Object.entries(crafted)) {
      it(`reads ${shape} within 5× of plain HTML`, () =>
        linearTime.expectWithinFiveTimes(plainExcerpt, body, plainBody));
    }
  });
});
