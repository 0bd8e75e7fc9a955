import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { money } from '../money/money';
import { findTemplate, outreachTemplates } from './library';
import { fillTemplate, placeholdersOf, renderTemplate, type TemplateValues } from './render';
import { templatePlaceholders } from './types';

/** A customer as an agent would fill them in. */
const values: TemplateValues = {
  customerName: 'Maria Lopez',
  amount: money(125050, 'USD'),
  dueDate: '2026-12-05',
  paymentLink: 'https://pay.example.com/i/8842',
  agentName: 'Sam',
  companyName: 'Acme Energy',
};

describe('renderTemplate', () => {
  it('fills an early reminder for a US customer', () => {
    const result = renderTemplate(findTemplate('early-reminder', 'en'), values, 'en-US');
    expect(result).toEqual({
      ok: true,
      value: `Hi Maria Lopez,

This is a friendly reminder that your payment of $1,250.50 is due on December 5, 2026. If it's easier, you can pay online here: https://pay.example.com/i/8842

If that date doesn't suit you, just reply and we can look at another date or a payment plan together.

If you'd rather we didn't contact you this way, reply and let us know.

Thanks,
Sam
Acme Energy`,
    });
  });

  it('formats money and dates the way the customer reads them', () => {
    const render = (amount: TemplateValues['amount'], locale: string) => {
      const result = renderTemplate(
        findTemplate('plan-confirmation', 'en'),
        { ...values, amount },
        locale,
      );
      return result.ok ? result.value : result.error.message;
    };
    expect(render(money(125050, 'GBP'), 'en-GB')).toContain('£1,250.50 is due on 5 December 2026');
    expect(render(money(125000, 'JPY'), 'en-US')).toContain('¥125,000 is due on December 5, 2026');
    const spanish = renderTemplate(
      findTemplate('plan-confirmation', 'es'),
      { ...values, amount: money(125050, 'EUR') },
      'es-ES',
    );
    expect(spanish.ok && spanish.value).toContain('1250,50\u00a0€ vence el 5 de diciembre de 2026');
  });

  it('keeps a calendar date as it is, whatever the time zone of the machine', () => {
    const result = renderTemplate(
      findTemplate('early-reminder', 'en'),
      { ...values, dueDate: '2027-01-01' },
      'en-US',
    );
    expect(result.ok && result.value).toContain('due on January 1, 2027');
  });

  it('names the values a template still needs, and only those it uses', () => {
    const hardship = findTemplate('hardship-support', 'en');
    expect(placeholdersOf(hardship)).toEqual(['customerName', 'agentName', 'companyName']);
    expect(renderTemplate(hardship, { customerName: 'Ana' }, 'en-GB')).toEqual({
      ok: false,
      error: {
        code: 'missing-values',
        placeholders: ['agentName', 'companyName'],
        message: 'Template hardship-support needs: agentName, companyName',
      },
    });
    expect(
      renderTemplate(findTemplate('early-reminder', 'en'), { ...values, paymentLink: '  ' }, 'en'),
    ).toEqual({ ok: false, error: expect.objectContaining({ placeholders: ['paymentLink'] }) });
  });

  it('refuses values it cannot use: an impossible date, a negative amount, a link that is not web', () => {
    const result = renderTemplate(
      findTemplate('early-reminder', 'en'),
      {
        ...values,
        dueDate: '2026-02-30',
        amount: money(-100, 'USD'),
        paymentLink: 'javascript:alert(1)',
      },
      'en-US',
    );
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-values',
        placeholders: ['amount', 'dueDate', 'paymentLink'],
      }),
    });
  });

  it('refuses a locale tag that is not one', () => {
    expect(renderTemplate(findTemplate('balance-cleared', 'en'), values, 'en_GB!')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalid-locale' }),
    });
  });

  it('inserts names as plain text on one line, and never expands braces inside a value', () => {
    const result = renderTemplate(
      findTemplate('balance-cleared', 'en'),
      { ...values, customerName: '<b>Jo</b>\n{{amount}}', companyName: 'Acme\r\nEnergy' },
      'en-US',
    );
    expect(result.ok && result.value.split('\n')[0]).toBe('Hi <b>Jo</b> {{amount}},');
    expect(result.ok && result.value).toContain('your balance with Acme Energy is now fully paid');
  });

  it('never throws, and leaves no placeholder unfilled when it succeeds', () => {
    const text = fc.string().filter((value) => !value.includes('{'));
    const anyValues = fc.record(
      {
        customerName: text,
        agentName: text,
        companyName: text,
        paymentLink: fc.oneof(text, fc.webUrl()),
        dueDate: fc.oneof(
          text,
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
        ),
        amount: fc
          .tuple(fc.bigInt(), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'ABC'))
          .map(([minor, currency]) => ({ minor, currency })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...outreachTemplates),
        anyValues,
        fc.constantFrom('en', 'en-GB', 'es-MX', 'de-DE', 'not a locale'),
        (template, given, locale) => {
          const result = renderTemplate(template, given, locale);
          if (result.ok) expect(result.value).not.toMatch(/\{\{\w+\}\}/);
          else expect(result.error.message).not.toBe('');
        },
      ),
    );
  });
});

describe('fillTemplate', () => {
  const mark = (name: string) => `[${name}?]`;

  it('fills every part it has a value for and marks each other part where it stands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...outreachTemplates),
        fc.subarray([...templatePlaceholders]),
        (template, given) => {
          const some = Object.fromEntries(given.map((name) => [name, values[name]]));
          const filled = fillTemplate(template, some, 'en-US', mark);
          expect(filled.text).not.toContain('{{');
          expect(filled.invalid).toEqual([]);
          expect(filled.missing).toEqual(
            placeholdersOf(template).filter((name) => !given.includes(name)),
          );
          for (const name of filled.missing) expect(filled.text).toContain(mark(name));
          // With every value given it is exactly what renderTemplate writes.
          if (filled.missing.length === 0) {
            expect(renderTemplate(template, some, 'en-US')).toEqual({
              ok: true,
              value: filled.text,
            });
          }
        },
      ),
    );
  });

  it('marks an unusable value as invalid, and falls back to the template language for a bad locale', () => {
    const template = findTemplate('early-reminder', 'en');
    const filled = fillTemplate(
      template,
      { ...values, paymentLink: 'ftp://x' },
      'not a locale',
      mark,
    );
    expect(filled.invalid).toEqual(['paymentLink']);
    expect(filled.text).toContain('[paymentLink?]');
    expect(filled.text).toContain('$1,250.50');
  });
});
