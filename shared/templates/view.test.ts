import { describe, expect, it } from '@jest/globals';
import hubspotEn from '../i18n/compiled/hubspot-en.json';
import hubspotEs from '../i18n/compiled/hubspot-es.json';
import { createTranslator } from '../i18n';
import { outreachLocale } from './outreach-locale';
import { fillForContact, hasMarker, unfilledText } from './view';

const t = createTranslator('en-US', { en: hubspotEn, es: hubspotEs });
const es = createTranslator('es-ES', { en: hubspotEn, es: hubspotEs });
const contact = {
  customer: { firstName: 'Maria', lastName: 'Gonzalez' },
  balance: { amount: { minor: 12050n, currency: 'USD' }, dueDate: '2026-11-01' },
};
const outreach = { companyName: 'Acme', paymentLink: 'https://pay.example.com' };

describe('fillForContact: a template filled from the record, the agent and the settings', () => {
  it('fills every part it has a value for, marking none', () => {
    const filled = fillForContact(t, {
      id: 'early-reminder',
      writeIn: outreachLocale('en-US', undefined),
      contact,
      outreach,
      agentName: 'Sam',
    });
    expect(filled.text).toContain('Maria');
    expect(filled.missing).toEqual([]);
    expect(hasMarker(t, filled.text)).toBe(false);
    expect(unfilledText(t, filled)).toBeUndefined();
  });

  it('marks in the agent’s language what nobody gave, and says which come from the settings', () => {
    const filled = fillForContact(es, {
      id: 'early-reminder',
      writeIn: outreachLocale('en-US', undefined),
      contact: undefined,
      outreach: { companyName: '', paymentLink: '' },
      agentName: 'Sam',
    });
    expect(filled.text).toContain('[completar:');
    expect(hasMarker(es, filled.text)).toBe(true);
    expect(hasMarker(t, filled.text)).toBe(false);
    const text = unfilledText(es, filled) ?? '';
    expect(text).toContain(es('card.templates.value.customerName'));
    expect(text).toContain(es('card.templates.fromSettings'));
  });

  it('names an unusable value apart from a missing one, without the settings hint for a date', () => {
    const filled = fillForContact(t, {
      id: 'early-reminder',
      writeIn: outreachLocale('en-US', undefined),
      contact: { customer: {}, balance: { ...contact.balance, dueDate: '2026-13-40' } },
      outreach,
      agentName: 'Sam',
    });
    expect(filled.invalid).toEqual(['dueDate']);
    const text = unfilledText(t, filled) ?? '';
    expect(text).toContain(
      t('card.templates.invalid', { values: t('card.templates.value.dueDate') }),
    );
    expect(text).toContain(
      t('card.templates.missing', { values: t('card.templates.value.customerName') }),
    );
    expect(text).not.toContain(t('card.templates.fromSettings'));
  });
});
