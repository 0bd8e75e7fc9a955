import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validatePolicy } from '../plans/policy';
import { defaultSettings } from './settings';
import { settingsAmountIn, toPlanPolicy } from './plan-policy';
import { validSettings } from './testing/arbitrary-settings';

describe('settingsAmountIn', () => {
  it.each([
    ['25.00', 'USD', 2500n],
    ['25', 'KWD', 25000n],
    ['25.50', 'JPY', 26n],
    ['25.00', 'JPY', 25n],
  ])(
    'reads %s in %s as %p minor units, never below what the admin set',
    (text, currency, minor) => {
      expect(settingsAmountIn(text, currency)).toEqual({ ok: true, value: { minor, currency } });
    },
  );

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
