// The overview's view model: the account as the card shows it, and the invoices' balance due.
import { describe, expect, it } from '@jest/globals';
import { createCardTranslator } from '../ui/i18n';
import { describeAccount, describeInvoiceBalance, overviewOf } from './account-overview';

const t = createCardTranslator('en-US');
// Friday 27 November in Chicago, already Saturday 28 November in UTC.
const now = new Date('2026-11-28T03:30:00Z');
const account = {
  customer: { firstName: 'Maria', lastName: 'Gonzalez', timeZone: 'America/Chicago' },
  balance: {
    kind: 'set' as const,
    balance: { amount: { minor: 125000n, currency: 'USD' }, dueDate: '2026-11-27' },
  },
  flags: [{ kind: 'dispute' as const, since: '2026-11-02', reason: 'Amount wrong' }],
  flagProblems: [{ code: 'not-a-date' as const, property: 'tactful_cease_since', value: 'soon' }],
};

describe('describeAccount', () => {
  it('counts the due date against today in the customer’s zone, formatted for the reader', () => {
    const view = describeAccount(account, { now, fallbackZone: 'UTC', locale: 'en-US', t });
    expect(view.customer.name).toBe('Maria Gonzalez');
    expect(view.balance).toMatchObject({
      kind: 'outstanding',
      amount: '$1,250.00',
      due: { kind: 'today' },
    });
    expect(view.flags).toEqual([{ kind: 'dispute', since: 'Nov 2, 2026', reason: 'Amount wrong' }]);
    expect(view.flagProblems).toHaveLength(1);
    expect(view.flagProblems[0]).toContain('tactful_cease_since');
  });

  it('falls back to the portal’s zone when the customer has none', () => {
    const noZone = { ...account, customer: { firstName: 'Maria' } };
    const view = describeAccount(noZone, { now, fallbackZone: 'UTC', locale: 'en-US', t });
    expect(view.balance).toMatchObject({ due: { kind: 'past-due', days: 1 } });
  });
});

describe('describeInvoiceBalance', () => {
  it('lists what is due per currency, leaving out a currency with nothing due', () => {
    const balance = {
      openInvoices: 2,
      balanceDue: [
        { minor: 12000n, currency: 'USD' },
        { minor: 0n, currency: 'EUR' },
      ],
    };
    expect(describeInvoiceBalance(balance, 'en-US')).toEqual({
      openInvoices: 2,
      amounts: ['$120.00'],
    });
  });
});

describe('overviewOf', () => {
  const options = { now, fallbackZone: 'UTC', locale: 'en-US', t };

  it('describes the contact’s properties as read', () => {
    const read = overviewOf({ ok: true, value: { firstname: 'Maria' } }, options);
    expect(read.ok && read.value.customer.name).toBe('Maria');
  });

  it('says whether the properties could not be read or the record not understood', () => {
    const failed = overviewOf({ ok: false, error: { message: 'HubSpot is down' } }, options);
    const garbled = overviewOf({ ok: true, value: 'not a record' }, options);
    expect(failed.ok ? undefined : failed.error).toEqual({
      title: t('card.overview.loadFailed'),
      body: 'HubSpot is down',
    });
    expect(garbled.ok ? undefined : garbled.error.title).toBe(t('card.overview.contactUnreadable'));
  });
});
