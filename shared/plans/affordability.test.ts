import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { money } from '../money/money';
import { convertPerPeriod, monthlySurplus, sustainableInstalment } from './affordability';
import { frequencies, periodsPerYear } from './frequency';

const usd = (minor: number) => money(minor, 'USD');

describe('affordability', () => {
  it('converts through a year of 52, 26, 24 or 12 periods, rounding down', () => {
    expect(convertPerPeriod(usd(20000), 'monthly', 'weekly')).toEqual(usd(4615)); // 2400/52 = 46.153…
    expect(convertPerPeriod(usd(5000), 'weekly', 'monthly')).toEqual(usd(21666)); // 2600/12 = 216.66…
    expect(convertPerPeriod(usd(10000), 'biweekly', 'semimonthly')).toEqual(usd(10833));
    expect(convertPerPeriod(money(1000, 'JPY'), 'weekly', 'biweekly')).toEqual(money(2000, 'JPY'));
  });

  it('never offers more a year than the customer said they could pay', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom(...frequencies),
        fc.constantFrom(...frequencies),
        (minor, from, to) => {
          const converted = convertPerPeriod({ minor, currency: 'KWD' }, from, to);
          const offered = minor * periodsPerYear[from];
          expect(converted.minor * periodsPerYear[to]).toBeLessThanOrEqual(offered);
          expect((converted.minor + 1n) * periodsPerYear[to]).toBeGreaterThan(offered);
        },
      ),
    );
  });

  it('derives a sustainable instalment from income minus essential outgoings', () => {
    const budget = {
      kind: 'income-and-expenditure' as const,
      monthlyIncome: usd(210000),
      monthlyEssentialOutgoings: usd(180000),
    };
    expect(monthlySurplus(budget)).toEqual(usd(30000));
    expect(sustainableInstalment(budget, 'monthly')).toEqual(usd(30000));
    expect(sustainableInstalment(budget, 'weekly')).toEqual(usd(6923));
    expect(sustainableInstalment({ ...budget, sharePercent: 25 }, 'monthly')).toEqual(usd(7500));
    expect(
      sustainableInstalment({ ...budget, monthlyEssentialOutgoings: usd(250000) }, 'monthly'),
    ).toEqual(usd(0));
  });
});
