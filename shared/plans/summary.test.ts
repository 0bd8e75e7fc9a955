import { describe, expect, it } from '@jest/globals';
import { money, type Money } from '../money/money';
import { summarizeOption, summaryLanguageFor, type SummarisedOption } from './summary';

const usd = (minor: number) => money(minor, 'USD');

/** Issue 5's example: 6 payments of $120.00 every two weeks from 5 December 2026. */
const biweekly: SummarisedOption = {
  kind: 'instalments',
  frequency: 'biweekly',
  instalments: [
    '2026-12-05',
    '2026-12-19',
    '2027-01-02',
    '2027-01-16',
    '2027-01-30',
    '2027-02-13',
  ].map((due) => ({ due: due as `${number}-${number}-${number}`, amount: usd(12000) })),
  total: usd(72000),
  discount: usd(0),
};

/** The same option with every amount in `currency` instead (the same minor units). */
function inCurrency(option: typeof biweekly, currency: string): typeof biweekly {
  const to = (amount: Money) => money(amount.minor, currency);
  return {
    ...option,
    instalments: option.instalments.map((i) => ({ ...i, amount: to(i.amount) })),
    total: to(option.total),
    discount: to(option.discount),
  };
}

describe('summarizeOption', () => {
  it('reads like issue 5’s example in English', () => {
    const gbp = inCurrency(biweekly, 'GBP');
    expect(summarizeOption(gbp, 'en-GB')).toBe(
      '6 payments of £120.00 every two weeks, from 5 December 2026 to 13 February 2027. Total £720.00.',
    );
    expect(summarizeOption(biweekly, 'en-US')).toBe(
      '6 payments of $120.00 every two weeks, from December 5, 2026 to February 13, 2027. Total $720.00.',
    );
  });

  it('says so when the last payment differs', () => {
    const uneven = {
      ...biweekly,
      instalments: [
        ...biweekly.instalments.slice(0, 5),
        { due: '2027-02-13' as const, amount: usd(12003) },
      ],
      total: usd(72003),
    };
    expect(summarizeOption(uneven, 'en-US')).toBe(
      '6 payments every two weeks, from December 5, 2026 to February 13, 2027: 5 of $120.00 and a last payment of $120.03. Total $720.03.',
    );
  });

  it('writes Spanish for Spanish locales, with their number and date formats', () => {
    expect(summaryLanguageFor('es-MX')).toBe('es');
    expect(summaryLanguageFor('en-GB')).toBe('en');
    const eur = inCurrency(biweekly, 'EUR');
    expect(summarizeOption(eur, 'es-ES')).toBe(
      '6 pagos de 120,00\u00a0€ cada dos semanas, del 5 de diciembre de 2026 al 13 de febrero de 2027. Total: 720,00\u00a0€.',
    );
  });

  it('names the down payment first', () => {
    const withDown = {
      ...biweekly,
      instalments: [{ due: '2026-11-25' as const, amount: usd(5000) }, ...biweekly.instalments],
      total: usd(77000),
      downPayment: usd(5000),
    };
    expect(summarizeOption(withDown, 'en-US')).toBe(
      'A first payment of $50.00 on November 25, 2026, then 6 payments of $120.00 every two weeks, from December 5, 2026 to February 13, 2027. Total $770.00.',
    );
  });

  it('describes a settlement and its discount', () => {
    const settlement: SummarisedOption = {
      kind: 'settlement',
      frequency: 'once',
      instalments: [{ due: '2026-11-25', amount: usd(100000) }],
      total: usd(100000),
      discount: usd(25000),
    };
    expect(summarizeOption(settlement, 'en-US')).toBe(
      'One payment of $1,000.00 on November 25, 2026 settles the balance of $1,250.00 (a discount of $250.00).',
    );
    expect(summarizeOption(settlement, 'es-MX')).toBe(
      'Un pago de USD\u00a01,000.00 el 25 de noviembre de 2026 salda el saldo de USD\u00a01,250.00 (un descuento de USD\u00a0250.00).',
    );
  });
});
