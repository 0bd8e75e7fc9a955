/**
 * Exact money: integer minor units (cents, yen, fils) with an ISO 4217 currency. Never floats.
 * Minor units are `bigint` so sums of any size stay exact.
 */
import { err, ok, type Result } from '../ports';

export interface Money {
  /** Amount in the currency's minor units (USD cents, JPY yen, KWD fils). */
  readonly minor: bigint;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

export interface MoneyError {
  code: 'unknown-currency' | 'malformed-amount' | 'too-many-decimals' | 'currency-mismatch';
  message: string;
}

const digitsCache = new Map<string, number>();

/** True for a well-formed three-letter code that Intl knows as a currency. */
export function isKnownCurrency(currency: string): boolean {
  return currencyDigits(currency) !== undefined;
}

/**
 * The number of minor-unit digits of an ISO 4217 currency (JPY 0, USD 2, KWD 3), as Intl knows it,
 * or `undefined` for a code that is not a currency.
 */
export function currencyDigits(currency: string): number | undefined {
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  if (!Intl.supportedValuesOf('currency').includes(currency)) return undefined;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  if (digits === undefined) return undefined;
  digitsCache.set(currency, digits);
  return digits;
}

/** Money from minor units; throws on an unknown currency (a bug: callers parse codes first). */
export function money(minor: bigint | number, currency: string): Money {
  if (currencyDigits(currency) === undefined) throw new Error(`Unknown currency ${currency}`);
  if (typeof minor === 'number' && !Number.isSafeInteger(minor)) {
    throw new Error('Minor units must be a safe integer');
  }
  return { minor: BigInt(minor), currency };
}

/**
 * Parses a plain decimal string such as "1250.00", "1250" or "-3.5" in the currency's own precision.
 * Rejects grouping separators, exponents and more decimals than the currency has.
 */
export function parseDecimal(text: string, currency: string): Result<Money, MoneyError> {
  const digits = currencyDigits(currency);
  if (digits === undefined) {
    return err({ code: 'unknown-currency', message: `"${currency}" is not an ISO 4217 currency` });
  }
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) {
    return err({ code: 'malformed-amount', message: `"${text}" is not a decimal amount` });
  }
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) {
    return err({
      code: 'too-many-decimals',
      message: `${currency} amounts have at most ${digits} decimal places`,
    });
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  return ok({ minor: sign ? -minor : minor, currency });
}

/**
 * Parses an amount as a person typed it in their locale ("1.250,50" in de-DE, "1,250.50" in en-US,
 * "$1,250.50"): currency symbols and spaces are dropped, grouping removed, the locale's decimal
 * separator read as the decimal point.
 */
export function parseLocalized(
  text: string,
  locale: string,
  currency: string,
): Result<Money, MoneyError> {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,'-]/g, '');
  cleaned = cleaned.split(group.replace(/\u00a0|\u202f/, '')).join('');
  if (decimal !== '.') cleaned = cleaned.split(decimal).join('.');
  if (cleaned === '' || cleaned === '-') {
    return err({ code: 'malformed-amount', message: `"${text}" is not an amount` });
  }
  return parseDecimal(cleaned, currency);
}

/** The amount as a plain decimal string in the currency's precision: 1250.00, 1250 (JPY), 1.250 (KWD). */
export function toDecimal(amount: Money): string {
  const digits = currencyDigits(amount.currency) ?? 2;
  const negative = amount.minor < 0n;
  const abs = (negative ? -amount.minor : amount.minor).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** The amount for people, by locale: "$1,250.00", "1.250,00 €", "￥1,250". */
export function formatMoney(amount: Money, locale: string): string {
  // Intl formats the decimal string exactly (no float rounding) when given a string.
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency });
  return format.format(toDecimal(amount) as `${number}`);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency)
    throw new Error(`Currency mismatch: ${a.currency} vs ${b.currency}`);
}

/** a + b; both must share a currency (mixing currencies is a bug). */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor + b.minor, currency: a.currency };
}

/** a - b; both must share a currency. */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor - b.minor, currency: a.currency };
}

/** -1, 0 or 1. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/**
 * Splits an amount into `count` parts that add up to it exactly: equal parts, with the remainder
 * minor units on the last part (so earlier payments are the round ones the customer agreed to).
 */
export function split(amount: Money, count: number): Money[] {
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
  const n = BigInt(count);
  const base = amount.minor / n;
  const remainder = amount.minor - base * n;
  return Array.from({ length: count }, (_, i) => ({
    minor: i === count - 1 ? base + remainder : base,
    currency: amount.currency,
  }));
}

/**
 * `percent`% of an amount, rounded half away from zero to a whole minor unit (or toward zero with
 * `rounding: 'toward-zero'`, for limits that must never be exceeded, such as a maximum discount).
 * `percent` may carry up to two decimals (12.5 is fine) and is scaled to an integer first.
 */
export function percentOf(
  amount: Money,
  percent: number,
  rounding: 'half-away-from-zero' | 'toward-zero' = 'half-away-from-zero',
): Money {
  const basisPoints = BigInt(Math.round(percent * 100));
  const scaled = amount.minor * basisPoints;
  const divisor = 10_000n;
  const quotient = scaled / divisor;
  const rest = scaled % divisor;
  const roundAway =
    rounding === 'half-away-from-zero' && (rest < 0n ? -rest : rest) * 2n >= divisor;
  return {
    minor: roundAway ? quotient + (scaled < 0n ? -1n : 1n) : quotient,
    currency: amount.currency,
  };
}
