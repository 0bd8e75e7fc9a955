import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { defaultSettings, settingsLocales, type TactfulSettings } from './settings';
import { settingsErrorCodes, settingsFieldLabel, settingsMessage } from './messages';
import { checkSettings, validateSettings, type SettingsError } from './validate-settings';
import { anyTime, validSettings } from './testing/arbitrary-settings';

/** The errors of a validation that must fail. */
function errorsOf(input: unknown, locale: 'en' | 'es' = 'en'): SettingsError[] {
  const result = validateSettings(input, locale);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

/** `defaultSettings` with some sections replaced (the test's way of saying what changed). */
const withPolicy = (policy: Record<string, unknown>) => ({
  ...defaultSettings,
  policy: { ...defaultSettings.policy, ...policy },
});

describe('validateSettings', () => {
  it('accepts the defaults unchanged', () => {
    expect(validateSettings(defaultSettings)).toEqual({ ok: true, value: defaultSettings });
  });

  it('fills absent settings with their defaults, so older saved settings stay valid', () => {
    const result = validateSettings({ policy: { maxTermMonths: 6 } });
    expect(result).toEqual({
      ok: true,
      value: { ...defaultSettings, policy: { ...defaultSettings.policy, maxTermMonths: 6 } },
    });
  });

  it('tidies what admins type: trims text and upper-cases the currency', () => {
    const result = validateSettings({
      policy: { currency: ' gbp ', minInstalment: ' 10.50 ' },
      tone: { flagPhrases: ['  final demand  '] },
    });
    expect(result.ok && result.value.policy.currency).toBe('GBP');
    expect(result.ok && result.value.policy.minInstalment).toBe('10.50');
    expect(result.ok && result.value.tone.flagPhrases).toEqual(['final demand']);
  });

  it('refuses something that is not a settings object with one clear message', () => {
    for (const input of [null, undefined, 42, 'settings', []]) {
      expect(errorsOf(input)).toEqual([
        expect.objectContaining({ field: 'settings', code: 'not-settings' }),
      ]);
    }
  });

  it('names the setting and the allowed range for a number out of range', () => {
    expect(errorsOf(withPolicy({ maxTermMonths: 500 }))).toEqual([
      {
        field: 'policy.maxTermMonths',
        code: 'out-of-range',
        params: { min: 1, max: 120 },
        message: 'Longest plan (months): enter a number from 1 to 120.',
      },
    ]);
  });

  it('says the same in Spanish', () => {
    expect(errorsOf(withPolicy({ maxTermMonths: 500 }), 'es')[0]?.message).toBe(
      'Plazo máximo del plan (meses): escribe un número entre 1 y 120.',
    );
  });

  it('refuses a minimum instalment that is not a plain amount', () => {
    for (const minInstalment of ['$25', '1,000.00', '-5', '2e3', '', 25]) {
      const [error] = errorsOf(withPolicy({ minInstalment }));
      expect(error?.field).toBe('policy.minInstalment');
      expect(['not-an-amount', 'not-text']).toContain(error?.code);
    }
  });

  it('checks amounts against the currency: no cents for yen, three decimals for dinars', () => {
    expect(errorsOf(withPolicy({ currency: 'JPY', minInstalment: '2500.50' }))).toEqual([
      expect.objectContaining({
        field: 'policy.minInstalment',
        code: 'whole-amounts-only',
        message: 'Minimum instalment: JPY amounts are whole numbers, without decimals.',
      }),
    ]);
    expect(validateSettings(withPolicy({ currency: 'KWD', minInstalment: '5.125' })).ok).toBe(true);
    expect(
      errorsOf(withPolicy({ currency: 'USD', downPayment: { kind: 'amount', amount: '5.125' } })),
    ).toEqual([
      expect.objectContaining({ field: 'policy.downPayment.amount', code: 'too-many-decimals' }),
    ]);
  });

  it('refuses a currency that is not ISO 4217', () => {
    expect(errorsOf(withPolicy({ currency: 'DOLLARS' }))[0]?.code).toBe('unknown-currency');
  });

  it('needs at least one frequency, each known and listed once', () => {
    expect(errorsOf(withPolicy({ frequencies: [] }))[0]?.code).toBe('none-chosen');
    expect(errorsOf(withPolicy({ frequencies: ['monthly', 'daily'] }))[0]).toEqual(
      expect.objectContaining({
        code: 'not-a-choice',
        params: expect.objectContaining({ entry: 2 }),
      }),
    );
    expect(errorsOf(withPolicy({ frequencies: ['monthly', 'monthly'] }))[0]?.message).toBe(
      'Payment frequencies: "monthly" is listed twice.',
    );
  });

  it('checks each kind of down payment', () => {
    expect(errorsOf(withPolicy({ downPayment: { kind: 'half' } }))[0]?.field).toBe(
      'policy.downPayment',
    );
    expect(errorsOf(withPolicy({ downPayment: { kind: 'percent', percent: 95 } }))[0]).toEqual(
      expect.objectContaining({ field: 'policy.downPayment.percent', params: { min: 1, max: 90 } }),
    );
    expect(validateSettings(withPolicy({ downPayment: { kind: 'percent', percent: 10 } })).ok).toBe(
      true,
    );
  });

  it('keeps contact hours inside 08:00–21:00 with the start before the end', () => {
    const contact = (start: string, end: string) => ({
      contact: { ...defaultSettings.contact, contactHours: { start, end } },
    });
    expect(errorsOf(contact('07:30', '21:00'))).toEqual([
      expect.objectContaining({
        field: 'contact.contactHours.start',
        code: 'outside-legal-hours',
        message:
          "Contact hours start: contact is only allowed between 08:00 and 21:00 in the customer's local time.",
      }),
    ]);
    expect(errorsOf(contact('09:00', '21:01'))[0]?.field).toBe('contact.contactHours.end');
    expect(errorsOf(contact('18:00', '09:00'))[0]?.code).toBe('start-not-before-end');
    expect(errorsOf(contact('9am', '17:00'))[0]?.code).toBe('not-a-time');
    expect(validateSettings(contact('09:00', '17:30')).ok).toBe(true);
  });

  it('accepts IANA time zones only', () => {
    const zone = (defaultTimeZone: unknown) => ({
      contact: { ...defaultSettings.contact, defaultTimeZone },
    });
    expect(validateSettings(zone('Europe/London')).ok).toBe(true);
    expect(validateSettings(zone('UTC')).ok).toBe(true);
    for (const bad of ['Mars/Olympus_Mons', '+01:00', 'GMT+1 (London)', '']) {
      expect(errorsOf(zone(bad))[0]?.code).toBe('unknown-time-zone');
    }
  });

  it('refuses company phrases that are empty, too long or repeated, naming the entry', () => {
    const tone = (flagPhrases: unknown) => ({ tone: { ...defaultSettings.tone, flagPhrases } });
    expect(errorsOf(tone(['final notice', '   ']))[0]).toEqual(
      expect.objectContaining({
        code: 'empty-phrase',
        params: expect.objectContaining({ entry: 2 }),
      }),
    );
    expect(errorsOf(tone(['x'.repeat(201)]))[0]?.code).toBe('too-long');
    expect(errorsOf(tone(['Final notice', 'final NOTICE']))[0]?.code).toBe('duplicate');
    expect(errorsOf(tone(['two\nlines']))[0]?.code).toBe('line-break');
    expect(errorsOf(tone(Array.from({ length: 201 }, (_, i) => `phrase ${i}`)))[0]?.code).toBe(
      'too-many',
    );
  });

  it('refuses field keys with spaces and reports every wrong field at once', () => {
    const errors = errorsOf({
      policy: { maxTermMonths: 0 },
      tone: { onSave: 'shout' },
      fields: { balance: 'Balance owed', flags: { dispute: 7 } },
    });
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['policy.maxTermMonths', 'out-of-range'],
      ['tone.onSave', 'not-a-choice'],
      ['fields.balance', 'not-a-field-key'],
      ['fields.flags.dispute', 'not-text'],
    ]);
  });

  it('allows an empty field key: it means "not mapped" and is reported as needing attention', () => {
    expect(validateSettings({ fields: { dueDate: '' } }).ok).toBe(true);
  });

  it('keeps the company name to one short line, and says so in Spanish too', () => {
    const ok = validateSettings({ outreach: { companyName: '  Acme Lending  ' } });
    expect(ok.ok && ok.value.outreach).toEqual({ companyName: 'Acme Lending', paymentLink: '' });
    expect(errorsOf({ outreach: { companyName: 'Acme\nLending' } })).toEqual([
      expect.objectContaining({ field: 'outreach.companyName', code: 'not-one-line' }),
    ]);
    expect(errorsOf({ outreach: { companyName: 'A'.repeat(101) } }, 'es')).toEqual([
      {
        field: 'outreach.companyName',
        code: 'text-too-long',
        params: { max: 100 },
        message: 'Nombre de la empresa: usa como máximo 100 caracteres.',
      },
    ]);
  });

  it('takes a payment link only when it is https, refusing http:// and javascript:', () => {
    const link = 'https://pay.acme.test/account?ref=tactful';
    const ok = validateSettings({ outreach: { companyName: 'Acme', paymentLink: ` ${link} ` } });
    expect(ok.ok && ok.value.outreach.paymentLink).toBe(link);
    expect(validateSettings({ outreach: { paymentLink: '' } }).ok).toBe(true);
    for (const paymentLink of [
      'http://pay.acme.test',
      'javascript:alert(1)',
      'JAVASCRIPT://pay.acme.test',
      'https://',
      'https://pay acme.test',
      'https://pay.acme.test/"><script>',
      'pay.acme.test',
    ]) {
      expect(errorsOf({ outreach: { paymentLink } })).toEqual([
        {
          field: 'outreach.paymentLink',
          code: 'not-https-link',
          params: { max: 500 },
          message:
            'Payment link: enter a secure web address starting with https://, or leave it empty.',
        },
      ]);
    }
    expect(errorsOf({ outreach: { paymentLink: 42 } })).toEqual([
      expect.objectContaining({ field: 'outreach.paymentLink', code: 'not-text' }),
    ]);
  });

  it('has a message for every error code in every locale, with no placeholder left unfilled', () => {
    for (const locale of settingsLocales) {
      for (const code of settingsErrorCodes) {
        const sentence = settingsMessage(code, 'policy.currency', {}, locale);
        expect(sentence).toMatch(
          new RegExp(`^${settingsFieldLabel('policy.currency', locale)}[: ]`),
        );
        expect(sentence).not.toMatch(/^settings\./);
      }
    }
  });
});

describe('checkSettings', () => {
  it('finds what validateSettings finds, unworded (the HubSpot card reads stored settings so)', () => {
    const inputs: unknown[] = [
      defaultSettings,
      'not settings',
      withPolicy({ maxTermMonths: 0, currency: 'XXQ' }),
      { outreach: { companyName: 'Acme', paymentLink: 'http://pay.acme.test' } },
      { tone: { flagPhrases: ['final demand', 'final demand', ''] } },
    ];
    for (const input of inputs) {
      const validated = validateSettings(input, 'es');
      const checked = checkSettings(input);
      if (validated.ok) expect(checked).toEqual(validated);
      else {
        const unworded = validated.errors.map(({ field, code, params }) => ({
          field,
          code,
          params,
        }));
        expect(checked).toEqual({ ok: false, problems: unworded });
      }
    }
  });
});

describe('validateSettings properties', () => {
  it('returns valid settings unchanged', () => {
    fc.assert(
      fc.property(validSettings, (settings: TactfulSettings) => {
        expect(validateSettings(settings)).toEqual({ ok: true, value: settings });
      }),
    );
  });

  it('never throws, whatever it is given, and every error has a message', () => {
    const settingsLike = fc.record(
      {
        policy: fc.dictionary(
          fc.constantFrom(
            'minInstalment',
            'currency',
            'maxTermMonths',
            'frequencies',
            'downPayment',
          ),
          fc.anything(),
        ),
        tone: fc.anything(),
        contact: fc.record({ contactHours: fc.anything(), defaultTimeZone: fc.anything() }),
        fields: fc.anything(),
        outreach: fc.record(
          {
            companyName: fc.oneof(fc.string(), fc.anything()),
            paymentLink: fc.oneof(fc.string(), fc.webUrl(), fc.anything()),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), settingsLike),
        fc.constantFrom(...settingsLocales),
        (input, locale) => {
          const result = validateSettings(input, locale);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) expect(error.message).not.toMatch(/\{\w+\}/);
          }
        },
      ),
    );
  });

  it('never accepts a payment link that is not https, nor a company name over one line', () => {
    const link = fc.oneof(
      fc.webUrl({ validSchemes: ['http', 'https', 'ftp'] }),
      fc.string(),
      fc.string().map((rest) => `javascript:${rest}`),
    );
    fc.assert(
      fc.property(fc.string(), link, (companyName, paymentLink) => {
        const result = validateSettings({ outreach: { companyName, paymentLink } });
        if (result.ok) {
          const { outreach } = result.value;
          expect(outreach.paymentLink === '' || outreach.paymentLink.startsWith('https://')).toBe(
            true,
          );
          expect(outreach.paymentLink).not.toMatch(/[\s<>"']/);
          expect(outreach.companyName).not.toMatch(/[\r\n]/);
          expect(outreach.companyName.length).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never accepts contact hours wider than 08:00–21:00', () => {
    fc.assert(
      fc.property(fc.oneof(anyTime, fc.string()), fc.oneof(anyTime, fc.string()), (start, end) => {
        const result = validateSettings({ contact: { contactHours: { start, end } } });
        if (result.ok) {
          const hours = result.value.contact.contactHours;
          expect(hours.start >= '08:00').toBe(true);
          expect(hours.end <= '21:00').toBe(true);
          expect(hours.start < hours.end).toBe(true);
        }
      }),
    );
  });
});
