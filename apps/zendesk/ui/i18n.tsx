/**
 * The sidebar speaks the agent's language through the shared catalog (`shared/i18n`): this file
 * loads the catalog of the agent's language only (its own chunk, issue 16) and puts a translator
 * for the agent's locale into React context. Until the catalog has arrived it shows `fallback`,
 * never message keys. The first paint waits only for the language's opening messages (what the
 * customer card and the app's own states say, shared/i18n/compile.ts `openingKey`); the whole
 * catalog loads beside them, and whatever speaks more waits for it inside `WholeCatalog`.
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { catalogArrival, type CatalogWords } from '../../../shared/i18n/load';
import type { Translate } from '../../../shared/i18n/translator';
import type { MessageKey } from '../../../shared/i18n/messages/en';

export type { Translate };

/** Every UI string key, such as `customer.title` or `errors.rate-limited`. */
export type TranslationKey = MessageKey;

const I18nContext = createContext<CatalogWords | undefined>(undefined);

/**
 * Makes `useI18n()` speak `locale`'s language below it, once its opening messages have loaded (at
 * once when its whole catalog already has; shared/i18n/load.ts `catalogArrival`); `fallback` shows
 * meanwhile. The whole catalog replaces the opening messages when it arrives.
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
  const arrival = useMemo(() => catalogArrival(locale), [locale]);
  // React state, not useSyncExternalStore: a store's change renders synchronously, and the whole
  // catalog's arrival renders every later panel (WholeCatalog), so each code-split panel would commit
  // its Suspense fallback at once and show on React's reveal throttle, ~0.5 s later (the history
  // panel then came after a crashed tone panel's error). A state update renders concurrently: a
  // panel chunk that runs meanwhile shows straight away, as before the shared arrival.
  const [heard, hear] = useState(() => ({ arrival, ...arrival.getSnapshot() }));
  useEffect(() => {
    const update = () => hear({ arrival, ...arrival.getSnapshot() });
    const unsubscribe = arrival.subscribe(update);
    update();
    const stop = arrival.start();
    return () => {
      stop();
      unsubscribe();
    };
  }, [arrival]);
  const { words } = heard.arrival === arrival ? heard : arrival.getSnapshot();
  if (words === undefined) return <>{fallback}</>;
  return <I18nContext.Provider value={words}>{children}</I18nContext.Provider>;
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
export function useI18n(): CatalogWords {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
