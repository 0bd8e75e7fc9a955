import { isStructurallySame, parse } from '@formatjs/icu-messageformat-parser';
import { catalogParts, hubspotOnlyKey, outcomeKeysOf } from './compile';
import outcomeKeys from './compiled/outcome-keys.json';
import cardOpeningEn from './compiled/card-opening-en.json';
import cardOpeningEs from './compiled/card-opening-es.json';
import compiledEn from './compiled/en.json';
import compiledEs from './compiled/es.json';
import hubspotEn from './compiled/hubspot-en.json';
import hubspotEs from './compiled/hubspot-es.json';
import openingEn from './compiled/opening-en.json';
import openingEs from './compiled/opening-es.json';
import settingsEn from './compiled/settings-en.json';
import settingsEs from './compiled/settings-es.json';
import summaryEn from './compiled/summary-en.json';
import summaryEs from './compiled/summary-es.json';
import { en } from './messages/en';
import { es } from './messages/es';
import { createTranslator, isSharedMessageKey, languageFor } from './translate';

const catalogs = { en, es } as const;

describe('the message catalog', () => {
  it.each(Object.entries(catalogs))('%s has every key of every other language', (_, catalog) => {
    for (const other of Object.values(catalogs)) {
      const missing = Object.keys(other).filter((key) => !(key in catalog));
      expect(missing).toEqual([]);
    }
  });

  it('has no empty message', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const empty = Object.entries(catalog).filter(([, message]) => message.trim() === '');
      expect([language, empty]).toEqual([language, []]);
    }
  });

  it('gives each Spanish message the same arguments, of the same kinds, as the English one', () => {
    const drift = Object.entries(en).flatMap(([key, message]) => {
      const same = isStructurallySame(
        parse(message, { ignoreTag: true }),
        parse(es[key as keyof typeof es], { ignoreTag: true }),
      );
      return same.success ? [] : [`${key}: ${same.error?.message ?? ''}`];
    });
    expect(drift).toEqual([]);
  });

  it('ships compiled messages that match the sources (run `npm run i18n:compile` after an edit)', () => {
    const shipped = {
      en: compiledEn,
      es: compiledEs,
      'hubspot-en': hubspotEn,
      'hubspot-es': hubspotEs,
      'opening-en': openingEn,
      'opening-es': openingEs,
      'summary-en': summaryEn,
      'summary-es': summaryEs,
      'settings-en': settingsEn,
      'settings-es': settingsEs,
      'card-opening-en': cardOpeningEn,
      'card-opening-es': cardOpeningEs,
    };
    // Through JSON, as the files were written: every part, and no part the sources no longer make.
    const sources = { ...catalogParts('en', en), ...catalogParts('es', es) };
    expect(shipped).toEqual(JSON.parse(JSON.stringify(sources)));
    expect(outcomeKeys).toEqual(outcomeKeysOf(en));
  });
});

describe('createTranslator', () => {
  it('speaks the locale’s language and fills in values', () => {
    expect(createTranslator('es-MX')('tone.title')).toBe('Revisión del tono');
    expect(createTranslator('en-US')('customer.daysPastDue', { days: 12 })).toBe(
      '12 days past due',
    );
  });

  it('falls back to English for an unknown language and shows a missing value as its name', () => {
    expect(createTranslator('fr-FR')('tone.title')).toBe('Tone check');
    expect(createTranslator('en')('customer.dueOn')).toBe('customer.dueOn');
  });

  it('knows the shared keys, which every host can word, from the HubSpot-only ones', () => {
    const keys = Object.keys(en);
    expect(keys.filter(isSharedMessageKey)).toEqual(keys.filter((key) => !hubspotOnlyKey(key)));
    expect(isSharedMessageKey('tone.title')).toBe(true);
    expect(isSharedMessageKey('outcomes.nope')).toBe(false);
  });

  it('reads the language from any locale spelling', () => {
    expect(['es', 'es-419', 'ES_es', 'en-GB', 'pt', '', undefined].map(languageFor)).toEqual([
      'es',
      'es',
      'es',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});
