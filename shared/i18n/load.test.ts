import { loadCatalog, loadedTranslator, loadOpeningTranslator, loadTranslator } from './load';
import { createTranslator } from './translate';

describe('loading one language’s catalog', () => {
  it('speaks the locale’s language once its catalog has loaded, as the two-language translator does', async () => {
    expect(loadedTranslator('es-MX')).toBeUndefined();
    const t = await loadTranslator('es-MX');
    const both = createTranslator('es-MX');
    expect(t('tone.title')).toBe(both('tone.title'));
    expect(t('customer.daysPastDue', { days: 12 })).toBe(
      both('customer.daysPastDue', { days: 12 }),
    );
    expect(loadedTranslator('es')?.('tone.title')).toBe('Revisión del tono');
  });

  it('falls back to English for a locale outside the catalog, and loads each language once', async () => {
    const t = await loadTranslator('fr-FR');
    expect(t('tone.title')).toBe('Tone check');
    expect(loadCatalog('en')).toBe(loadCatalog('en'));
  });

  it('speaks the first paint’s messages from the opening part alone, as the whole catalog does', async () => {
    const opening = await loadOpeningTranslator('es-MX');
    const both = createTranslator('es-MX');
    expect(opening('customer.title')).toBe(both('customer.title'));
    expect(opening('customer.daysPastDue', { days: 3 })).toBe(
      both('customer.daysPastDue', { days: 3 }),
    );
    expect(opening('errors.rate-limited')).toBe(both('errors.rate-limited'));
    // A later panel's message is not in it: the sidebar waits for the whole catalog to say it.
    expect(opening('tone.title')).toBe('tone.title');
  });
});
