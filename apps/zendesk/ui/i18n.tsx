/**
 * The sidebar speaks the agent's language through the shared catalog (`shared/i18n`): this file
 * loads the catalog of the agent's language only (its own chunk, issue 16) and puts a translator
 * for the agent's locale into React context. Until the catalog has arrived it shows `fallback`,
 * never message keys. The first paint waits only for the language's opening messages (what the
 * customer card and the app's own states say, shared/i18n/compile.ts `openingKey`); the whole
 * catalog loads beside them, and whatever speaks more waits for it inside `WholeCatalog`.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { loadedTranslator, loadOpeningTranslator, loadTranslator } from '../../../shared/i18n/load';
import { translatorOver, type Translate } from '../../../shared/i18n/translator';
import type { MessageKey } from '../../../shared/i18n/messages/en';

export type { Translate };

/** Every UI string key, such as `customer.title` or `errors.rate-limited`. */
export type TranslationKey = MessageKey;

interface I18n {
  /** The agent's locale (`en-US`, `es`), for Intl formatting. */
  locale: string;
  t: Translate;
  /** False while only the opening messages have arrived: `t` knows the first paint's keys alone. */
  complete: boolean;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/**
 * Makes `useI18n()` speak `locale`'s language below it, once that language's opening messages have
 * loaded (at once when its whole catalog already has); `fallback` shows meanwhile. The whole catalog
 * loads at the same time and replaces them when it arrives. A catalog that cannot be fetched (the
 * app's own files unreachable) leaves a translator that answers with keys rather than a blank frame.
 */
export function I18nProvider({
  locale,
  fallback = null,
  children,
}: {
  locale: string;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<I18n | undefined>(() => {
    const t = loadedTranslator(locale);
    return t === undefined ? undefined : { locale, t, complete: true };
  });
  const current = loaded?.locale === locale ? loaded : undefined;
  const complete = current?.complete === true;
  useEffect(() => {
    if (complete) return;
    let active = true;
    let opening: Translate | undefined;
    void loadOpeningTranslator(locale).then(
      (t) => {
        opening = t;
        // The whole catalog may have come first: never step back to the opening part.
        if (active) {
          setLoaded((now) =>
            now?.locale === locale && now.complete ? now : { locale, t, complete: false },
          );
        }
      },
      // Without the opening part the first paint waits for the whole catalog.
      () => undefined,
    );
    void loadTranslator(locale)
      .catch(() => opening ?? translatorOver(locale, {}))
      .then((t) => {
        if (active) setLoaded({ locale, t, complete: true });
      });
    return () => {
      active = false;
    };
  }, [locale, complete]);
  if (current === undefined) return <>{fallback}</>;
  return <I18nContext.Provider value={current}>{children}</I18nContext.Provider>;
}

/**
 * Renders `children` once the agent's whole catalog has arrived, `fallback` until then: what follows
 * the first paint speaks more than its opening messages, and no message key may ever show.
 */
export function WholeCatalog({
  fallback = null,
  children,
}: {
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const { complete } = useI18n();
  return <>{complete ? children : fallback}</>;
}

/** The agent's locale and `t(key, values)`; throws outside `I18nProvider` (a wiring bug). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
