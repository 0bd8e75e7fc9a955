import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  currencyDigits,
  formatMoney,
  money,
  parseDecimal,
  parseLocalized,
  percentOf,
  split,
  toDecimal,
} from './money';

describe('currencies', () => {
  it('knows each currency’s minor digits from ISO 4217', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('KWD')).toBe(3);
    expect(currencyDigits('BHD')).toBe(3);
    expect(currencyDigits('XYZ')).toBeUndefined();
    expect(currencyDigits('usd')).toBeUndefined();
  });
});

describe('parseDecimal and toDecimal', () => {
  it('reads amounts in the currency’s own precision', () => {
    expect(parseDecimal('1250.00', 'USD')).toEqual({ ok: true, value: money(125000, 'USD') });
    expect(parseDecimal('1250', 'JPY')).toEqual({ ok: true, value: money(1250, 'JPY') });
    expect(parseDecimal('1.5', 'KWD')).toEqual({ ok: true, value: money(1500, 'KWD') });
  });

  it.each([
    ['12.5', 'JPY', 'too-many-decimals'],
    ['1,250.00', 'USD', 'malformed-amount'],
    ['1e3', 'USD', 'malformed-amount'],
    ['10', 'ABC', 'unknown-currency'],
  ])('refuses %s %s, an amount a person could misread, as %s', (text, currency, code) => {
    expect(parseDecimal(text, currency)).toMatchObject({ ok: false, error: { code } });
  });

  it('round-trips every amount exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        (minor, currency) => {
          const amount = { minor, currency };
          expect(parseDecimal(toDecimal(amount), currency)).toEqual({ ok: true, value: amount });
        },
      ),
    );
  });
});

describe('formatting and localized input', () => {
  it('formats for the customer’s locale without float rounding', () => {
    expect(formatMoney(money(125000, 'USD'), 'en-US')).toBe('$1,250.00');
    expect(formatMoney(money(1250, 'JPY'), 'ja-JP')).toBe('￥1,250');
    expect(formatMoney(money(900719925474099312n, 'USD'), 'en-US')).toBe(
      '$9,007,199,254,740,993.12',
    );
  });

  it('reads what a person types in their locale', () => {
    expect(parseLocalized('1.250,50 €', 'de-DE', 'EUR')).toEqual({
      ok: true,
      value: money(125050, 'EUR'),
    });
    expect(parseLocalized('$1,250.50', 'en-US', 'USD')).toEqual({
      ok: true,
      value: money(125050, 'USD'),
    });
    expect(parseLocalized('abc', 'en-US', 'USD')).toMatchObject({ ok: false });
  });
});

describe('split and percentOf', () => {
  it('splits into parts that add up exactly, remainder on the last', () => {
    expect(split(money(1000, 'USD'), 3).map((part) => part.minor)).toEqual([333n, 333n, 334n]);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 1, max: 600 }),
        (minor, count) => {
          const parts = split({ minor, currency: 'USD' }, count);
          expect(parts.reduce((sum, part) => sum + part.minor, 0n)).toBe(minor);
          expect(parts.slice(0, -1).every((part) => part.minor === parts[0]?.minor)).toBe(true);
        },
      ),
    );
  });

  it('takes percentages rounded to a whole minor unit', () => {
    expect(percentOf(money(125000, 'USD'), 20).minor).toBe(25000n);
    expect(percentOf(money(999, 'USD'), 12.5).minor).toBe(125n);
  });

  it('can round toward zero so a limit such as a maximum discount is never exceeded', () => {
    expect(percentOf(money(999, 'USD'), 12.5, 'toward-zero').minor).toBe(124n);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 10_000 }),
        (minor, basisPoints) => {
          const part = percentOf({ minor, currency: 'USD' }, basisPoints / 100, 'toward-zero');
          expect(part.minor * 10_000n <= minor * BigInt(basisPoints)).toBe(true);
          expect((part.minor + 1n) * 10_000n > minor * BigInt(basisPoints)).toBe(true);
        },
      ),
    );
  });
});
