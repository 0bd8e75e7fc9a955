import { describe, expect, it } from '@jest/globals';
import { medianTimeMs } from '../../../bench/median-time';
import { checkTone } from '../index';

/** Median time of five calls, in milliseconds (unrounded enough for a ratio). */
const median = (run: () => void): number => medianTimeMs(run, 5, { digits: 6 });

// The meaning reader sees text the agent pasted, which may be a customer's: no shape of 64 KB may
// cost much more than plain prose of the same length. A ratio measured in this run, never a time.
describe('meaning reader on hostile input', () => {
  const size = 64 * 1024;
  const plain = 'Thanks for your message, we can set up a plan that suits you. '
    .repeat(size / 60)
    .slice(0, size);
  const crafted = {
    'one run-on sentence of negations and concepts': 'no boss not tell never employer '
      .repeat(size / 30)
      .slice(0, size),
    'contractions without end': "won't'll ".repeat(size / 9).slice(0, size),
    'conditions without a main clause': 'if we if we unless they '.repeat(size / 24).slice(0, size),
  };

  const floor = Math.max(
    median(() => checkTone(plain, { locale: 'en' })),
    5,
  );
  for (const [shape, text] of Object.entries(crafted)) {
    it(`reads ${shape} within a small multiple of plain prose`, () => {
      const crafty = median(() => checkTone(text, { locale: 'en' }));
      expect(crafty / floor).toBeLessThan(10);
    });
  }
});
