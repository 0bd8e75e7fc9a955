/**
 * Reading faster must not read differently: every fixture message (dev corpus and blind batches),
 * read by the word rules alone and with the shipped model, gives exactly the results it gave when
 * the fingerprints were taken (tests/fixtures/signals/golden.ts). The fingerprints were taken with
 * the code before the reader was made faster (2026-11-28: frames indexed by cue, calendar dates
 * without Luxon, all model heads scored per feature); batches added later are fingerprinted when
 * the golden is next written.
 */
import { computeGolden, storedGolden } from '../fixtures/signals/golden';

describe('signals reading over the fixtures', () => {
  it('gives the same signals as the stored fingerprints, file by file', () => {
    const stored = storedGolden();
    const now = computeGolden(Object.keys(stored));
    const changed = Object.keys(stored).filter(
      (file) =>
        now[file]?.rules !== stored[file]?.rules || now[file]?.model !== stored[file]?.model,
    );
    expect(changed).toEqual([]);
    expect(Object.keys(now).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(stored)).toContain('dev.jsonl');
  });
});
