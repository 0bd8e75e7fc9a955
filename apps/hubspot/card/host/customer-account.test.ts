import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { money, toDecimal } from '../../../../shared/money/money';
import { readCustomerAccount, toCalendarDate } from './customer-account';

describe('readCustomerAccount', () => {
  it('reads a balance exactly, in the currency of the record', () => {
    const account = readCustomerAccount({
      tactful_balance: '1250.5',
      tactful_currency: 'kwd',
      tactful_due_date: '1764547200000', // 2025-12-01, as HubSpot sends date properties
    });
    expect(account.ok && account.value.balance).toEqual({
      kind: 'set',
      balance: { amount: money(1_250_500n, 'KWD'), dueDate: '2025-12-01' },
    });
  });

  it('treats empty and null properties as not set', () => {
    const account = readCustomerAccount({ tactful_balance: '', tactful_currency: null });
    expect(account.ok && account.value.balance).toEqual({ kind: 'none' });
  });

  it('names every unreadable balance property instead of guessing', () => {
    const account = readCustomerAccount({
      tactful_balance: '12.345',
      tactful_currency: 'USD',
      tactful_due_date: '31/12/2026',
    });
    expect(account.ok && account.value.balance).toEqual({
      kind: 'unreadable',
      problems: [
        { property: 'tactful_due_date', value: '31/12/2026', code: 'not-a-date' },
        {
          property: 'tactful_balance',
          value: '12.345',
          code: 'too-many-decimals',
          currency: 'USD',
        },
      ],
    });
  });

  it('reports a balance without a currency', () => {
    const account = readCustomerAccount({ tactful_balance: '10' });
    expect(account.ok && account.value.balance).toMatchObject({
      kind: 'unreadable',
      problems: [{ property: 'tactful_currency', code: 'empty' }],
    });
  });

  it('reads set flags with their source, and names unreadable ones', () => {
    const account = readCustomerAccount({
      tactful_flag_dispute_since: '2026-11-02',
      tactful_flag_dispute_reason: 'Says the invoice was paid',
      tactful_flag_dispute_source: 'customer',
      tactful_flag_cease_since: 'yesterday',
      tactful_flag_deceased_source: 'court', // no date: the flag is not set
    });
    expect(account.ok && account.value.flags).toEqual([
      {
        kind: 'dispute',
        since: '2026-11-02',
        reason: 'Says the invoice was paid',
        source: 'customer',
      },
    ]);
    expect(account.ok && account.value.flagProblems).toEqual([
      { property: 'tactful_flag_cease_since', value: 'yesterday', code: 'not-a-date' },
    ]);
  });

  it('refuses a reply that is not a property record', () => {
    expect(readCustomerAccount(['firstname']).ok).toBe(false);
    expect(readCustomerAccount({ firstname: { nested: true } }).ok).toBe(false);
  });

  it('never turns an amount into a different number (any currency precision)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom('USD', 'JPY', 'KWD', 'EUR'),
        (minor, currency) => {
          const amount = money(minor, currency);
          const account = readCustomerAccount({
            tactful_balance: toDecimal(amount),
            tactful_currency: currency,
          });
          expect(account.ok && account.value.balance).toEqual({
            kind: 'set',
            balance: { amount, dueDate: undefined },
          });
        },
      ),
    );
  });
});

describe('HubSpot value formats', () => {
  it('reads dates as calendar days, rejecting impossible ones', () => {
    expect(toCalendarDate('2026-02-28')).toBe('2026-02-28');
    expect(toCalendarDate('2026-02-30')).toBeUndefined();
    expect(toCalendarDate('1772236800000')).toBe('2026-02-28');
  });

  it('reads epoch milliseconds as the UTC day they fall in, any time of that day', () => {
    // Years 0001-9999: where Date's ISO text and a calendar date agree.
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        expect(toCalendarDate(String(ms))).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
    );
  });
});
