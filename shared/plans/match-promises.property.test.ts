// matchPromises matches in Numbers when every amount together stays below 2^52 and in BigInts
// otherwise. The rule does not change with the scale of the money, so the same promises and
// payments with every amount multiplied by 2^45 (matched in BigInts) must give the same states and
// health, and the same money matched and left over, multiplied by 2^45.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, type PlainDate } from '../calendar/calendar';
import { matchPromises, type DatedPromise, type Payment } from './promises';

const start: PlainDate = '2026-01-31';
const scale = 2n ** 45n;

const promiseSpec = fc.record({
  day: fc.integer({ min: 0, max: 120 }),
  minor: fc.integer({ min: 1, max: 50_000 }),
  cancelled: fc.boolean(),
});
// Refunds (negative payments) included: the two ways must agree on them too.
const paymentSpec = fc.record({
  day: fc.integer({ min: 0, max: 130 }),
  minor: fc.integer({ min: -5_000, max: 50_000 }),
});

function promisesOf(
  specs: readonly { day: number; minor: number; cancelled: boolean }[],
  times: bigint,
): DatedPromise[] {
  return specs.map(({ day, minor, cancelled }) => ({
    due: addDays(start, day),
    amount: { minor: BigInt(minor) * times, currency: 'EUR' },
    cancelled,
  }));
}

function paymentsOf(specs: readonly { day: number; minor: number }[], times: bigint): Payment[] {
  return specs.map(({ day, minor }) => ({
    paidOn: addDays(start, day),
    amount: { minor: BigInt(minor) * times, currency: 'EUR' },
  }));
}

describe('matchPromises in Numbers and in BigInts', () => {
  it('gives the same answer for the same money at any scale', () => {
    fc.assert(
      fc.property(
        fc.array(promiseSpec, { maxLength: 10 }),
        fc.array(paymentSpec, { maxLength: 10 }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 5 }),
        (promiseSpecs, paymentSpecs, todayOffset, allowance, graceDays) => {
          const today = addDays(start, todayOffset);
          const match = (times: bigint) =>
            matchPromises(promisesOf(promiseSpecs, times), paymentsOf(paymentSpecs, times), today, {
              tolerance: {
                amount: { minor: BigInt(allowance) * times, currency: 'EUR' },
                graceDays,
              },
            });
          const small = match(1n);
          const large = match(scale);
          expect(large.states).toEqual(small.states);
          expect(large.health).toBe(small.health);
          expect(large.paid).toEqual(small.paid.map((paid) => paid * scale));
          expect(large.unmatched).toBe(small.unmatched * scale);
        },
      ),
      { numRuns: 300 },
    );
  });
});
