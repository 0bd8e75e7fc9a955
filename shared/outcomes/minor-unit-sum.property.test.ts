// MinorUnitSum adds most amounts as Numbers for speed: whatever the amounts (up to far beyond 2^53
// minor units, negative or not), its total is exactly the BigInt sum.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MinorUnitSum } from './figures';

describe('MinorUnitSum', () => {
  it('totals exactly what a BigInt sum gives', () => {
    const amount = fc.oneof(
      fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
      fc.bigInt({ min: 2n ** 51n, max: 2n ** 53n }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (amounts) => {
        const sum = new MinorUnitSum();
        for (const minor of amounts) sum.add(minor);
        expect(sum.total()).toBe(amounts.reduce((total, minor) => total + minor, 0n));
      }),
    );
  });
});
