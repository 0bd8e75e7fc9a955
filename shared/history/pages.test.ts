import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { withPage } from './pages';

const id = (entry: { id: string }) => entry.id;
const entries = (ids: string[]) => ids.map((x) => ({ id: x }));

describe('withPage', () => {
  it('appends a page after what is loaded and takes its next start', () => {
    const loaded = { entries: entries(['a']), next: 'p2' };
    expect(withPage(loaded, { entries: entries(['b']), next: undefined }, id)).toEqual({
      entries: entries(['a', 'b']),
      next: undefined,
    });
  });

  it('keeps what was loaded first, and every entry once, however the pages overlap', () => {
    const page = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'));
    fc.assert(
      fc.property(page, page, (first, next) => {
        const joined = withPage(
          { entries: entries(first), next: 'n' },
          { entries: entries(next), next: undefined },
          id,
        ).entries.map(id);
        expect(joined.slice(0, first.length)).toEqual(first);
        expect([...joined].sort()).toEqual([...new Set([...first, ...next])].sort());
      }),
    );
  });
});
