import { heldReplies, settled } from '../testing/controller-ports';
import {
  catalogArrival,
  loadCatalog,
  loadedTranslator,
  loadOpeningTranslator,
  loadTranslator,
} from './load';
import type { Translate } from './translator';
import { createTranslator } from './translate';

// Before any test here loads a catalog: which have arrived is kept for the page.
describe('a host’s words as its catalog arrives', () => {
  const saying =
    (words: string): Translate =>
    () =>
      words;
  function arrival(locale: string) {
    const opening = heldReplies<[string], Translate>();
    const whole = heldReplies<[string], Translate>();
    const words = catalogArrival(locale, { opening: opening.call, whole: whole.call });
    const said = () => {
      const shown = words.getSnapshot().words;
      return shown && { says: shown.t('tone.title'), complete: shown.complete };
    };
    return { words, opening, whole, said };
  }

  it('shows nothing, then the opening messages, then the whole catalog', async () => {
    const { words, opening, whole, said } = arrival('es');
    words.start();
    expect(said()).toBeUndefined();
    await opening.calls[0]?.answer(saying('opening'));
    expect(said()).toEqual({ says: 'opening', complete: false });
    await whole.calls[0]?.answer(saying('whole'));
    expect(said()).toEqual({ says: 'whole', complete: true });
  });

  it('never steps back to the opening messages once the whole catalog came first', async () => {
    const { words, opening, whole, said } = arrival('es');
    words.start();
    await whole.calls[0]?.answer(saying('whole'));
    await opening.calls[0]?.answer(saying('opening'));
    expect(said()).toEqual({ says: 'whole', complete: true });
  });

  it('keeps the opening messages, or answers with keys, when the whole catalog cannot be had', async () => {
    const failing = (opening: Promise<Translate>) =>
      catalogArrival('es', {
        opening: () => opening,
        whole: () => Promise.reject(new Error('offline')),
      });
    const withOpening = failing(Promise.resolve(saying('opening')));
    withOpening.start();
    await settled();
    expect(withOpening.getSnapshot().words?.t('tone.title')).toBe('opening');
    const withNothing = failing(Promise.reject(new Error('offline')));
    withNothing.start();
    await settled();
    expect(withNothing.getSnapshot().words).toMatchObject({ complete: true });
    expect(withNothing.getSnapshot().words?.t('tone.title')).toBe('tone.title');
  });

  it('drops replies once stopped', async () => {
    const { words, opening, whole, said } = arrival('es');
    const stop = words.start();
    stop();
    await opening.calls[0]?.answer(saying('opening'));
    await whole.calls[0]?.answer(saying('whole'));
    expect(said()).toBeUndefined();
  });

  it('is complete at once, fetching nothing, when the language’s catalog has arrived', async () => {
    await loadCatalog('en');
    const { words, opening, whole, said } = arrival('en-GB');
    expect(said()).toEqual({ says: 'Tone check', complete: true });
    words.start();
    expect([...opening.calls, ...whole.calls]).toEqual([]);
  });
});

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
