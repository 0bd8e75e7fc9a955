import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { defaultSettings } from '../../../shared/settings/settings';
import { validSettings } from '../../../shared/settings/testing/arbitrary-settings';
import {
  settingsFromZendeskParameters,
  zendeskParameters,
  zendeskParametersFromSettings,
} from './zendesk-parameters';

/** The parameters a fresh installation has: every manifest default. */
const installDefaults = Object.fromEntries(
  zendeskParameters.map((parameter) => [parameter.name, parameter.default]),
);

describe('zendeskParameters', () => {
  it('names each parameter once, in the snake_case ZAF expects', () => {
    const names = zendeskParameters.map((parameter) => parameter.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('has defaults that read back as the default settings', () => {
    expect(settingsFromZendeskParameters(installDefaults)).toEqual({
      ok: true,
      value: defaultSettings,
    });
  });
});

describe('settingsFromZendeskParameters', () => {
  it('reads an installation with no saved parameters as the defaults', () => {
    expect(settingsFromZendeskParameters({})).toEqual({ ok: true, value: defaultSettings });
  });

  it('reads numbers typed as text, checkboxes as "true"/"false" and one phrase a line', () => {
    const result = settingsFromZendeskParameters({
      policy_max_term_months: '6',
      policy_min_instalment: 40,
      policy_frequency_weekly: 'false',
      policy_frequency_biweekly: false,
      policy_frequency_semimonthly: false,
      policy_down_payment: 'percent',
      policy_down_payment_value: '10',
      tone_on_save: 'warn',
      tone_block_pressure: true,
      tone_flag_phrases: 'final demand\r\n\n  last chance  \n',
      contact_hours_start: '09:00',
      contact_hours_end: '20:00',
      default_time_zone: 'Europe/London',
      default_locale: 'es',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policy).toEqual(
      expect.objectContaining({
        maxTermMonths: 6,
        minInstalment: '40',
        frequencies: ['monthly'],
        downPayment: { kind: 'percent', percent: 10 },
      }),
    );
    expect(result.value.tone.onSave).toBe('warn');
    expect(result.value.tone.blockCategories).toContain('pressure');
    expect(result.value.tone.flagPhrases).toEqual(['final demand', 'last chance']);
    expect(result.value.contact).toEqual({
      contactHours: { start: '09:00', end: '20:00' },
      defaultTimeZone: 'Europe/London',
      defaultLocale: 'es',
    });
  });

  it('points the admin at the parameter to fix, in their language', () => {
    const result = settingsFromZendeskParameters(
      { policy_max_term_months: 'twelve', contact_hours_end: '22:00' },
      'es',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          field: 'policy.maxTermMonths',
          code: 'not-a-number',
          parameters: ['policy_max_term_months'],
          message: 'Plazo máximo del plan (meses): escribe un número.',
        }),
        expect.objectContaining({
          field: 'contact.contactHours.end',
          code: 'outside-legal-hours',
          parameters: ['contact_hours_end'],
        }),
      ],
    });
  });

  it.each([
    {
      when: 'names the whole checkbox group when no frequency is ticked',
      parameters: {
        policy_frequency_weekly: false,
        policy_frequency_biweekly: false,
        policy_frequency_semimonthly: false,
        policy_frequency_monthly: false,
      },
      error: {
        code: 'none-chosen',
        parameters: [
          'policy_frequency_weekly',
          'policy_frequency_biweekly',
          'policy_frequency_semimonthly',
          'policy_frequency_monthly',
        ],
      },
    },
    {
      when: 'reports a down payment amount that is missing against its value parameter',
      parameters: { policy_down_payment: 'amount' },
      error: {
        field: 'policy.downPayment.amount',
        code: 'not-an-amount',
        parameters: ['policy_down_payment_value'],
      },
    },
  ])('$when', ({ parameters, error }) => {
    const result = settingsFromZendeskParameters(parameters);
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining(error)]);
  });

  it('reads the company name and payment link, and names the parameter of a link that is not https', () => {
    const read = settingsFromZendeskParameters({
      outreach_company_name: ' Acme Lending ',
      outreach_payment_link: 'https://pay.acme.test/zd',
    });
    expect(read.ok && read.value.outreach).toEqual({
      companyName: 'Acme Lending',
      paymentLink: 'https://pay.acme.test/zd',
    });
    const refused = settingsFromZendeskParameters(
      { outreach_payment_link: 'http://pay.acme.test' },
      'es',
    );
    expect(refused).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          field: 'outreach.paymentLink',
          code: 'not-https-link',
          parameters: ['outreach_payment_link'],
          message: expect.stringMatching(/^Enlace de pago: .*https:\/\//),
        }),
      ],
    });
  });

  it('keeps agent feedback off until an admin ticks it, and the draft off until ticked too', () => {
    const fresh = settingsFromZendeskParameters({});
    expect(fresh.ok && [fresh.value.tone.feedback, fresh.value.tone.feedbackIncludeDraft]).toEqual([
      false,
      false,
    ]);
    const ticked = settingsFromZendeskParameters({
      tone_feedback: 'true',
      tone_feedback_include_draft: true,
    });
    expect(
      ticked.ok && [ticked.value.tone.feedback, ticked.value.tone.feedbackIncludeDraft],
    ).toEqual([true, true]);
  });

  it('reads back any settings it wrote', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(settingsFromZendeskParameters(zendeskParametersFromSettings(settings))).toEqual({
          ok: true,
          value: settings,
        });
      }),
    );
  });

  it('never throws on whatever ZAF hands it', () => {
    const names = zendeskParameters.map((parameter) => parameter.name);
    const value = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.double(),
      fc.constant(null),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), value), (params) => {
        const result = settingsFromZendeskParameters(params);
        if (!result.ok) {
          for (const error of result.errors) expect(error.parameters.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
