import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validatePolicy } from '../plans/policy';
import { defaultSettings } from './settings';
import { settingsAmountIn, toPlanPolicy } from './plan-policy';
import { validSettings } from './testing/arbitrary-settings';

describe('settingsAmountIn', () => {
  it('reads a settings amount in each currency, never below what the admin set', () => {
    expect(settingsAmountIn('25.00', 'USD')).toEqual({
      ok: true,
      value: { minor: 2500n, currency: 'USD' },
    });
    expect(settingsAmountIn('25', 'KWD')).toEqual({
      ok: true,
      value: { minor: 25000n, currency: 'KWD' },
    });
    expect(settingsAmountIn('25.50', 'JPY')).toEqual({
      ok: true,
      value: { minor: 26n, currency: 'JPY' },
    });
    expect(settingsAmountIn('25.00', 'JPY')).toEqual({
      ok: true,
      value: { minor: 25n, currency: 'JPY' },
    });
  });

  it('refuses an unknown currency as a value', () => {
    expect(settingsAmountIn('25', 'XXQ')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown-currency' }),
    });
  });
});

describe('toPlanPolicy', () => {
  it('turns the default settings into a policy for a euro balance', () => {
    const result = toPlanPolicy(
      { ...defaultSettings.policy, downPayment: { kind: 'amount', amount: '50' } },
      'EUR',
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        minInstalment: { minor: 2500n, currency: 'EUR' },
        downPayment: { kind: 'amount', amount: { minor: 5000n, currency: 'EUR' } },
        frequencies: defaultSettings.policy.frequencies,
        rollWeekends: true,
      }),
    });
  });

  it('gives a policy shared/plans accepts for any valid settings and balance currency', () => {
    fc.assert(
      fc.property(
        validSettings,
        fc.constantFrom('USD', 'GBP', 'EUR', 'JPY', 'KWD'),
        (settings, currency) => {
          const policy = toPlanPolicy(settings.policy, currency);
          expect(policy.ok).toBe(true);
          if (policy.ok) expect(validatePolicy(policy.value, currency).ok).toBe(true);
        },
      ),
    );
  });
});
