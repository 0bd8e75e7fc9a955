import { describe, expect, it } from '@jest/globals';
import { money, toDecimal } from '../money/money';
import type { Policy } from './policy';
import { suggestPlans, type PlanRequest } from './suggest';

const usd = (minor: number) => money(minor, 'USD');

/** The policy from issue 5's command-line example. */
const policy: Policy = {
  minInstalment: usd(2500),
  maxTermMonths: 12,
  frequencies: ['weekly', 'biweekly', 'monthly'],
  maxSettlementDiscountPercent: 20,
  firstPaymentWithinDays: 14,
  feesWaivable: false,
  rollWeekends: false,
};

const request: PlanRequest = {
  balance: usd(125000),
  today: '2026-11-25',
  locale: 'en-US',
  policy,
  capacity: { kind: 'per-period', amount: usd(20000), per: 'monthly' },
};

function suggest(overrides: Partial<PlanRequest> = {}) {
  const result = suggestPlans({ ...request, ...overrides });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('suggestPlans, as issue 5 describes it', () => {
  it('offers pay in full, instalments shortest first, then a settlement', () => {
    const { options, anyFits } = suggest();
    expect(anyFits).toBe(true);
    expect(options.map((option) => option.id)).toEqual([
      'pay-in-full',
      'instalments-monthly',
      'instalments-biweekly',
      'instalments-weekly',
      'settlement',
    ]);
    expect(options.every((option) => option.withinPolicy)).toBe(true);
  });

  it('gives a $200-a-month customer seven monthly payments that add up to the balance exactly', () => {
    const monthly = suggest().options.find((option) => option.id === 'instalments-monthly');
    expect(monthly?.instalments.map((i) => [i.due, toDecimal(i.amount)])).toEqual([
      ['2026-11-25', '178.57'],
      ['2026-12-25', '178.57'],
      ['2027-01-25', '178.57'],
      ['2027-02-25', '178.57'],
      ['2027-03-25', '178.57'],
      ['2027-04-25', '178.57'],
      ['2027-05-25', '178.58'],
    ]);
    expect(monthly?.summary).toBe(
      '7 payments every month, from November 25, 2026 to May 25, 2027: 6 of $178.57 and a last payment of $178.58. Total $1,250.00.',
    );
  });

  it('settles for the largest discount the policy allows, and no more', () => {
    const settlement = suggest().options.find((option) => option.kind === 'settlement');
    expect(settlement && toDecimal(settlement.total)).toBe('1000.00');
    expect(settlement && toDecimal(settlement.discount)).toBe('250.00');
  });

  it('offers no settlement when the policy allows no discount', () => {
    const { options } = suggest({ policy: { ...policy, maxSettlementDiscountPercent: 0 } });
    expect(options.some((option) => option.kind === 'settlement')).toBe(false);
  });

  it('says which rules the closest plan breaks when nothing affordable fits', () => {
    const { options, anyFits } = suggest({
      capacity: { kind: 'per-period', amount: usd(5000), per: 'monthly' },
    });
    expect(anyFits).toBe(false);
    const closest = options.find((option) => option.kind === 'instalments');
    expect(closest).toMatchObject({ withinPolicy: false, breaks: ['maxTermMonths'], count: 25 });
    expect(closest?.why).toMatch(/outside the policy/);
  });
});
