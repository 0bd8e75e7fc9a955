/**
 * The sidebar speaks the agent's language through the shared catalog (`shared/i18n`): this file
 * loads the catalog of the agent's language only (its own chunk, issue 16) and puts a translator
 * for the agent's locale into React context. Until the catalog has arrived it shows `fallback`,
 * never message keys.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadedTranslator, loadTranslator } from '../../../shared/i18n/load';
import { translatorOver, type Translate } from '../../../shared/i18n/translator';
import type { MessageKey } from '../../../shared/i18n/messages/en';

export type { Translate };

/** Every UI string key, such as `customer.title` or `errors.rate-limited`. */
export type TranslationKey = MessageKey;

interface I18n {
  /** The agent's locale (`en-US`, `es`), for Intl formatting. */
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/**
 * Makes `useI18n()` speak `locale`'s language below it, once that language's catalog has loaded
 * (at once when it already has); `fallback` shows meanwhile. A catalog that cannot be fetched (the
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
    return t === undefined ? undefined : { locale, t };
  });
  const ready = loaded?.locale === locale;
  useEffect(() => {
    if (ready) return;
    let active = true;
    void loadTranslator(locale)
      .catch(() => translatorOver(locale, {}))
      .then((t) => {
        if (active) setLoaded({ locale, t });
      });
    return () => {
      active = false;
    };
  }, [locale, ready]);
  const value = useMemo(() => (ready ? loaded : undefined), [ready, loaded]);
  if (value === undefined) return <>{fallback}</>;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The agent's locale and `t(key, values)`; throws outside `I18nProvider` (a wiring bug). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
