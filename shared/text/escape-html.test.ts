import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & co')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co',
    );
  });

  it('never leaves a tag opener or a bare ampersand entity behind', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"]/);
        expect(escaped.replace(/&(amp|lt|gt|quot);/g, '')).not.toContain('&');
      }),
    );
  });
});
