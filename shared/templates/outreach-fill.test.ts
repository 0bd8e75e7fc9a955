/** Filling a new ticket's reply from a template: the values it gets and what the agent is told. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { money } from '../money/money';
import { fillOutcome, fillOutcomeWords, outreachValues, paymentLinkHintKey } from './outreach-fill';

const t = createTranslator('en');

describe('outreachValues', () => {
  it('takes the balance, due date, sender and a trimmed link; leaves out what is unknown or blank', () => {
    const amount = money(12_000, 'USD');
    expect(
      outreachValues({
        customer: { name: 'Maria', balance: { amount, dueDate: '2026-12-01' } },
        sender: { agentName: 'Sam' },
        paymentLink: '  https://pay.example/x ',
      }),
    ).toEqual({
      customerName: 'Maria',
      amount,
      dueDate: '2026-12-01',
      paymentLink: 'https://pay.example/x',
      agentName: 'Sam',
    });
    expect(outreachValues({ customer: { name: 'Ana' }, sender: {}, paymentLink: ' ' })).toEqual({
      customerName: 'Ana',
    });
  });
});

describe('fillOutcome and its words', () => {
  it('reports a fill, names the missing values, and treats any other refusal as a failure', () => {
    const filled = fillOutcome('Friendly reminder', { ok: true, value: undefined });
    expect(fillOutcomeWords(t, filled)).toEqual({
      role: 'status',
      text: expect.stringContaining('Friendly reminder'),
    });
    const missing = fillOutcome('x', {
      ok: false,
      error: { code: 'missing-values', placeholders: ['paymentLink', 'amount'], message: '' },
    });
    expect(missing).toEqual({ kind: 'missing', placeholders: ['paymentLink', 'amount'] });
    expect(fillOutcomeWords(t, missing).role).toBe('alert');
    expect(fillOutcomeWords(t, missing).text).toContain(t('newTicket.placeholder.paymentLink'));
    expect(fillOutcome('x', { ok: false, error: { code: 'not-editable' } })).toEqual({
      kind: 'failed',
    });
  });

  it('says where the payment link field started from', () => {
    expect(paymentLinkHintKey('')).toBe('newTicket.templates.paymentLinkHint');
    expect(paymentLinkHintKey('https://pay.example')).toBe(
      'newTicket.templates.paymentLinkFromSettings',
    );
  });
});
