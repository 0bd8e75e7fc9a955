/** A new ticket's reply written from a template for the customer, in their language. */
import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money';
import { templatesFor } from './library';
import { renderOutreach } from './outreach-fill';
import { outreachLocale } from './outreach-locale';

describe('renderOutreach', () => {
  const source = {
    customer: { name: 'María', balance: { amount: money(12_000, 'EUR'), dueDate: '2026-12-01' } },
    sender: { agentName: 'Sam', companyName: 'Acme' },
    paymentLink: 'https://pay.example/x',
  };

  it('writes every template in the customer’s language with their values, or names what is missing', () => {
    for (const [locale, fallback] of [
      ['es-ES', 'en-US'],
      [undefined, 'en-US'],
    ] as const) {
      const writeIn = outreachLocale(locale, fallback);
      for (const template of templatesFor(writeIn.language)) {
        const full = renderOutreach(template.id, writeIn, source);
        expect(full.ok && full.value).toContain('María');
        const bare = renderOutreach(template.id, writeIn, {
          customer: { name: 'María' },
          sender: {},
          paymentLink: '',
        });
        if (!bare.ok) expect(bare.error.code).toBe('missing-values');
      }
    }
  });
});
