import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money';
import { testPolicy } from '../testing/factories';
import { validatePolicy, type Policy } from './policy';

const policy = testPolicy({ frequencies: ['weekly', 'monthly'], feesWaivable: true });

const fieldOf = (candidate: Policy, currency = 'USD') => {
  const result = validatePolicy(candidate, currency);
  return result.ok ? undefined : result.error.field;
};

describe('validatePolicy', () => {
  it('accepts a workable policy', () => {
    expect(validatePolicy(policy, 'USD')).toEqual({ ok: true, value: policy });
    expect(fieldOf({ ...policy, downPayment: { kind: 'percent', percent: 12.5 } })).toBeUndefined();
  });

  it('names the field that makes a policy impossible', () => {
    expect(fieldOf({ ...policy, minInstalment: money(0, 'USD') })).toBe('minInstalment');
    expect(fieldOf(policy, 'EUR')).toBe('minInstalment');
    expect(fieldOf({ ...policy, maxTermMonths: 0 })).toBe('maxTermMonths');
    expect(fieldOf({ ...policy, maxTermMonths: 1.5 })).toBe('maxTermMonths');
    expect(fieldOf({ ...policy, maxTermMonths: 601 })).toBe('maxTermMonths');
    expect(fieldOf({ ...policy, frequencies: [] })).toBe('frequencies');
    expect(fieldOf({ ...policy, frequencies: ['weekly', 'weekly'] })).toBe('frequencies');
    expect(fieldOf({ ...policy, firstPaymentWithinDays: -1 })).toBe('firstPaymentWithinDays');
    expect(fieldOf({ ...policy, maxSettlementDiscountPercent: 100 })).toBe(
      'maxSettlementDiscountPercent',
    );
    expect(fieldOf({ ...policy, maxSettlementDiscountPercent: 10.125 })).toBe(
      'maxSettlementDiscountPercent',
    );
    expect(fieldOf({ ...policy, downPayment: { kind: 'percent', percent: 100 } })).toBe(
      'downPayment.percent',
    );
    expect(fieldOf({ ...policy, downPayment: { kind: 'amount', amount: money(0, 'USD') } })).toBe(
      'downPayment.amount',
    );
  });
});
