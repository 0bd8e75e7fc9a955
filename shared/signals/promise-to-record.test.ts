/**
 * When a promise the customer wrote is offered as a promise to pay in one click, what it
 * pre-fills, and how the form the agent confirms is read (the same decision on every host).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePlainDate } from '../calendar/calendar';
import { readCustomerMessage } from '.';
import { confirmedPromise, promiseFormFrom, promiseToRecord } from './promise-offer';
import { testSignalItem } from '../testing/factories';
import { signalsView, type SignalItem } from './view';

const today = '2026-11-27'; // a Friday
const account = { today, currency: 'GBP' };

function promiseItem(text: string, currency = 'GBP'): SignalItem | undefined {
  const reading = readCustomerMessage(text, { today, currency, timeZone: 'Europe/London' });
  return signalsView([{ commentId: '70001', reading }]).items.find(
    (item) => item.kind === 'promise',
  );
}

const item = (promise: SignalItem['promise']): SignalItem =>
  testSignalItem(promise === undefined ? {} : { promise });

describe('promiseToRecord', () => {
  it('pre-fills "I can pay £50 on Friday" as £50.00 due next Friday, from that comment', () => {
    const promise = promiseItem('I can pay £50 on Friday.');
    const decided = promise && promiseToRecord(promise, account);
    expect(decided?.offered).toBe(true);
    if (decided?.offered !== true) return;
    expect(decided.prefill).toMatchObject({
      messageId: '70001',
      amount: { minor: 5000, currency: 'GBP' },
      dueDate: '2026-12-04',
    });
    expect(decided.prefill.excerpt).toContain('£50');
  });

  it('offers no button for an amount in another currency than the account’s', () => {
    const promise = promiseItem('I can pay €50 on Friday.');
    expect(promise && promiseToRecord(promise, account)).toEqual({
      offered: false,
      why: 'other-currency',
    });
  });

  it('offers none without an amount or a day, nor for a customer with no balance', () => {
    expect(promiseToRecord(item({ date: '2026-12-04' }), account)).toEqual({
      offered: false,
      why: 'incomplete',
    });
    expect(promiseToRecord(item({ amount: { minor: 5000, currency: 'GBP' } }), account)).toEqual({
      offered: false,
      why: 'incomplete',
    });
    const complete = item({ amount: { minor: 5000, currency: 'GBP' }, date: '2026-12-04' });
    expect(promiseToRecord(complete, { today, currency: undefined })).toEqual({
      offered: false,
      why: 'no-account',
    });
  });

  it('is undefined for a signal that is no promise', () => {
    expect(promiseToRecord({ ...item(undefined), kind: 'cease' }, account)).toBeUndefined();
  });

  it('offers only whole positive amounts in the account’s currency, due today or later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000, max: 10_000_000 }),
        fc.constantFrom('GBP', 'EUR', 'USD'),
        fc.integer({ min: -40, max: 40 }),
        (minor, currency, days) => {
          const date = new Date(Date.UTC(2026, 10, 27 + days)).toISOString().slice(0, 10);
          const decided = promiseToRecord(item({ amount: { minor, currency }, date }), account);
          if (decided?.offered !== true) return;
          expect(decided.prefill.amount).toEqual({ minor, currency: 'GBP' });
          expect(minor).toBeGreaterThan(0);
          expect(decided.prefill.dueDate >= today).toBe(true);
          expect(decided.prefill.dueDate).toBe(date);
        },
      ),
    );
  });
});

describe('confirmedPromise', () => {
  const context = { today, currency: 'GBP', locale: 'en-GB' };

  it('reads back the form a prefill opens with, unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        (minor, days) => {
          const dueDate = parsePlainDate(
            new Date(Date.UTC(2026, 10, 27 + days)).toISOString().slice(0, 10),
          );
          if (dueDate === undefined) throw new Error('not a date');
          const prefill = {
            messageId: '1',
            amount: { minor, currency: 'GBP' },
            dueDate,
            excerpt: 'x',
          };
          const confirmed = confirmedPromise(promiseFormFrom(prefill), context);
          expect(confirmed).toEqual({
            ok: true,
            value: { amount: { minor: BigInt(minor), currency: 'GBP' }, dueDate },
          });
        },
      ),
    );
  });

  it('names each field the agent left unusable', () => {
    expect(confirmedPromise({ amount: 'fifty', dueDate: '2026-11-26' }, context)).toEqual({
      ok: false,
      error: [
        { field: 'amount', error: 'malformed' },
        { field: 'dueDate', error: 'past' },
      ],
    });
    expect(confirmedPromise({ amount: '0', dueDate: '2026-02-30' }, context)).toEqual({
      ok: false,
      error: [
        { field: 'amount', error: 'not-positive' },
        { field: 'dueDate', error: 'malformed' },
      ],
    });
  });

  it('reads an amount typed in the agent’s locale', () => {
    const spanish = { ...context, currency: 'EUR', locale: 'es-ES' };
    const confirmed = confirmedPromise({ amount: '1.250,50', dueDate: today }, spanish);
    expect(confirmed.ok && confirmed.value.amount).toEqual({ minor: 125_050n, currency: 'EUR' });
  });
});
