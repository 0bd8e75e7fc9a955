import { describe, expect, it } from '@jest/globals';
import { defaultSettings, type TactfulSettings } from './settings';
import { settingsNeedingAttention } from './settings-needing-attention';

// The defaults with the one thing no default can know: the company's name.
const named: TactfulSettings = {
  ...defaultSettings,
  outreach: { ...defaultSettings.outreach, companyName: 'Acme Lending' },
};
const withFields = (fields: Partial<TactfulSettings['fields']>): TactfulSettings => ({
  ...named,
  fields: { ...named.fields, ...fields },
});
const withTone = (tone: Partial<TactfulSettings['tone']>): TactfulSettings => ({
  ...named,
  tone: { ...named.tone, ...tone },
});

describe('settingsNeedingAttention', () => {
  it('finds nothing to fix in the defaults once the company name is set', () => {
    expect(settingsNeedingAttention(named)).toEqual([]);
  });

  it('asks a fresh installation for the company name the templates sign with, in Spanish too', () => {
    const items = settingsNeedingAttention(defaultSettings, 'es');
    expect(items).toEqual([
      expect.objectContaining({
        field: 'outreach.companyName',
        code: 'company-name-missing',
        severity: 'warning',
      }),
    ]);
    expect(items[0]?.message).toMatch(/^Nombre de la empresa no está configurado/);
    const blank = { ...named, outreach: { companyName: '   ', paymentLink: '' } };
    expect(settingsNeedingAttention(blank).map((item) => item.code)).toEqual([
      'company-name-missing',
    ]);
  });

  it('says which data Tactful cannot read when a field is not mapped, errors first', () => {
    const items = settingsNeedingAttention(
      withFields({ flags: { ...defaultSettings.fields.flags, dispute: '' }, balance: '' }),
    );
    expect(items.map((item) => [item.field, item.severity])).toEqual([
      ['fields.balance', 'error'],
      ['fields.flags.dispute', 'warning'],
    ]);
    expect(items[0]?.message).toBe(
      'Balance field is not set, so Tactful cannot read this from your records. Enter the field that holds it.',
    );
  });

  it('warns when saving is set to block but nothing blocks', () => {
    const items = settingsNeedingAttention(withTone({ blockCategories: [] }));
    expect(items.map((item) => item.code)).toEqual(['nothing-blocks', 'legal-risk-not-blocked']);
  });

  it('recommends blocking threats, misrepresentation and third-party disclosure, in Spanish too', () => {
    const items = settingsNeedingAttention(
      withTone({ blockCategories: ['threat', 'profanity'] }),
      'es',
    );
    expect(items).toEqual([
      expect.objectContaining({
        code: 'legal-risk-not-blocked',
        params: { categories: 'suplantación o engaño, revelación a terceros' },
        message:
          'Categorías que bloquean el guardado: suplantación o engaño, revelación a terceros pueden infringir la normativa de cobros; recomendamos bloquearlas.',
      }),
    ]);
  });

  it('points out a phrase that is both flagged and allowed', () => {
    const items = settingsNeedingAttention(
      withTone({ flagPhrases: ['Final notice'], allowPhrases: ['final notice'] }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        code: 'phrase-flagged-and-allowed',
        params: { value: 'Final notice' },
      }),
    ]);
  });
});
