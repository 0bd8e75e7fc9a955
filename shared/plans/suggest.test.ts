import { describe, expect, it } from '@jest/globals';
import { closedDays } from '../calendar/holidays';
import { toDecimal } from '../money/money';
import { testPlanRequest, testPolicy, usd } from '../testing/factories';
import { createTranslator } from '../i18n';
import { maxBalanceMinor, suggestPlans, type PlanRequest } from './suggest';
import { describePlanWhy } from './why';

const english = createTranslator('en');

/** The policy from issue 5's command-line example, weekends not rolled. */
const policy = testPolicy({ rollWeekends: false });

const request = testPlanRequest({ policy });

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

  it('offers no plan past the maximum term: it reports how much more each payment needs', () => {
    // $50 a month would take 25 months; the policy allows 12.
    const { options, anyFits, needsLongerPlan } = suggest({
      capacity: { kind: 'per-period', amount: usd(5000), per: 'monthly' },
    });
    expect(anyFits).toBe(false);
    expect(options.map((option) => option.kind)).toEqual(['pay-in-full', 'settlement']);
    expect(needsLongerPlan.find((entry) => entry.frequency === 'monthly')).toEqual({
      code: 'needs-longer-plan',
      frequency: 'monthly',
      maxTermMonths: 12,
      payments: 12,
      paymentNeeded: usd(10417),
      affordable: usd(5000),
      shortfall: usd(5417),
    });
    expect(needsLongerPlan.map((entry) => entry.frequency)).toEqual([
      'weekly',
      'biweekly',
      'monthly',
    ]);
  });

  it('100,000 at $1 a week: no 50-year plan, no "what the customer can afford" option', () => {
    const { options, needsLongerPlan } = suggest({
      balance: usd(10_000_000),
      policy: { ...policy, frequencies: ['weekly'], maxSettlementDiscountPercent: 0 },
      capacity: { kind: 'per-period', amount: usd(100), per: 'weekly' },
    });
    // Only paying in full is offered: no 50-year "what the customer can afford" plan.
    expect(options.map((option) => option.kind)).toEqual(['pay-in-full']);
    // 53 weekly payments fall before 25 November 2027: $1,886.80 each, $1,885.80 short of $1.
    expect(needsLongerPlan).toEqual([
      expect.objectContaining({
        frequency: 'weekly',
        payments: 53,
        paymentNeeded: usd(188680),
        shortfall: usd(188580),
      }),
    ]);
  });

  it('still offers a plan within the term that is only below the minimum, naming that rule', () => {
    // $20 a month for $100 takes 5 months: inside 12, but under the $25 minimum.
    const { options, needsLongerPlan } = suggest({
      balance: usd(10000),
      policy: { ...policy, frequencies: ['monthly'] },
      capacity: { kind: 'per-period', amount: usd(2000), per: 'monthly' },
    });
    const plan = options.find((option) => option.kind === 'instalments');
    expect(plan).toMatchObject({ count: 5, withinPolicy: false, breaks: ['minInstalment'] });
    expect(needsLongerPlan).toEqual([]);
  });

  it('asks for the policy’s down payment first, then spreads the rest', () => {
    const { options } = suggest({
      policy: {
        ...policy,
        frequencies: ['monthly'],
        downPayment: { kind: 'percent', percent: 10 },
      },
    });
    const monthly = options.find((option) => option.kind === 'instalments');
    expect(monthly?.downPayment).toEqual(usd(12500));
    expect(monthly?.instalments[0]).toEqual({ due: '2026-11-25', amount: usd(12500) });
    expect(monthly?.instalments[1]?.due).toBe('2026-12-25');
    expect(monthly?.summary).toMatch(
      /^A first payment of \$125\.00 on November 25, 2026, then 6 payments/,
    );
  });

  it('without a stated capacity, offers the lowest payments the policy allows', () => {
    const { options } = suggest({
      capacity: undefined,
      policy: { ...policy, frequencies: ['monthly'] },
    });
    const monthly = options.find((option) => option.kind === 'instalments');
    expect(monthly).toMatchObject({ count: 12, endDate: '2027-10-25', withinPolicy: true });
    expect(monthly?.affordable).toBeUndefined();
  });

  it('waives fees and interest when that makes an affordable plan fit the policy', () => {
    const { options, anyFits } = suggest({
      policy: { ...policy, feesWaivable: true, frequencies: ['monthly'] },
      capacity: { kind: 'per-period', amount: usd(9000), per: 'monthly' },
      waivableCharges: usd(25000),
    });
    expect(anyFits).toBe(true);
    const monthly = options.find((option) => option.kind === 'instalments');
    expect(monthly).toMatchObject({ count: 12, total: usd(100000), discount: usd(25000) });
    expect(monthly?.why).toMatchObject({ waived: usd(25000) });
    expect(describePlanWhy(monthly!, english, 'en-US')).toMatch(
      /\$250\.00 of fees and interest are waived/,
    );
  });

  it('names a first payment date beyond the window as a broken rule', () => {
    const { options } = suggest({ firstPaymentDate: '2026-12-20' });
    expect(options.every((option) => option.breaks.includes('firstPaymentWithinDays'))).toBe(true);
  });

  it('states a final payment below the minimum when only that much is left', () => {
    const { options } = suggest({
      balance: usd(13000),
      policy: {
        ...policy,
        frequencies: ['monthly'],
        downPayment: { kind: 'amount', amount: usd(12000) },
      },
    });
    const plan = options.find((option) => option.kind === 'instalments');
    expect(plan).toMatchObject({ count: 2, finalBelowMinimum: true, withinPolicy: true });
    expect(plan?.finalAmount).toEqual(usd(1000));
    expect(describePlanWhy(plan!, english, 'en-US')).toMatch(
      /last payment is below the policy minimum/,
    );
  });

  it('refuses an impossible policy, naming the field', () => {
    expect(suggestPlans({ ...request, policy: { ...policy, frequencies: [] } })).toEqual({
      ok: false,
      error: {
        code: 'impossible-policy',
        field: 'policy.frequencies',
        message: expect.any(String),
      },
    });
    expect(suggestPlans({ ...request, balance: usd(0) })).toMatchObject({
      ok: false,
      error: { field: 'balance' },
    });
  });

  it('moves a payment off a public holiday of the customer’s country and a company closure day', () => {
    const us = closedDays({ holidays: 'US', closures: ['2027-03-15'] });
    if (!us.ok) throw new Error(us.error.code);
    const { options } = suggest({
      today: '2027-01-15',
      policy: { ...policy, frequencies: ['monthly'], rollWeekends: true },
      closedDays: us.value,
    });
    const monthly = options.find((option) => option.kind === 'instalments');
    // 15 February 2027 is Washington’s Birthday; 15 March the company is closed.
    expect(monthly?.instalments.slice(0, 3).map((i) => i.due)).toEqual([
      '2027-01-15',
      '2027-02-16',
      '2027-03-16',
    ]);
    expect(monthly?.summary).toMatch(/^7 payments every month, from January 15, 2027/);
  });

  it('refuses a balance over 10^12 minor units with a clear error, and plans one at the ceiling', () => {
    const tooLarge = suggestPlans({
      ...request,
      balance: { minor: maxBalanceMinor + 1n, currency: 'USD' },
    });
    expect(tooLarge).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        field: 'balance',
        message: 'The balance is more than Tactful can plan: at most $10,000,000,000.00',
      },
    });
    const atCeiling = suggestPlans({
      ...request,
      balance: { minor: maxBalanceMinor, currency: 'USD' },
    });
    expect(atCeiling.ok).toBe(true);
  });
});
