/**
 * The card and the settings and outcomes pages speak the HubSpot user's language (the host
 * context's `user.locale`) through the shared catalog (`shared/i18n`); English when it is not
 * Spanish. The catalog comes from our backend (host/catalog.ts, issue 16): until it arrives the
 * card shows its loading state, and if it cannot be had, why and Retry, both in the few words it
 * bundles in each language (`card-opening-*.json`), so no message key ever shows in their place.
 */
import { Button, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { ok } from '../../../../shared/ports';
import cardOpeningEn from '../../../../shared/i18n/compiled/card-opening-en.json';
import cardOpeningEs from '../../../../shared/i18n/compiled/card-opening-es.json';
import {
  languageFor,
  translatorOver,
  type CompiledMessages,
  type Translate,
} from '../../../../shared/i18n/translator';
import type { BackendClient } from '../host/backend-client';
import { arrivedCardCatalog, loadCardCatalog } from '../host/catalog';
import { errorWords, retryHelps } from '../../../../shared/i18n/error-words';
import { useLoaded } from '../../../react/load';

/** What the card says before its catalog arrives, in each language. */
const opening = { en: cardOpeningEn, es: cardOpeningEs };

/** A translator over `catalog` (the language's, from our backend) and the bundled opening words. */
function translatorWith(locale: string, catalog: CompiledMessages | undefined): Translate {
  return translatorOver(locale, { [languageFor(locale)]: catalog ?? {} }, opening);
}

/**
 * A translator for `locale` with the card's and settings page's own messages (`card.*`,
 * `settingsPage.*`), over its language's catalog once it has arrived from our backend (the card's
 * tests load it first); before that, only the opening words.
 */
export function createCardTranslator(locale: string): Translate {
  const language = languageFor(locale);
  let over: { catalog: CompiledMessages | undefined; t: Translate } | undefined;
  // Looks the catalog up at each call, so a translator made before it arrived speaks it after.
  return (key, values) => {
    const catalog = arrivedCardCatalog(language);
    if (over === undefined || over.catalog !== catalog) {
      over = { catalog, t: translatorWith(locale, catalog) };
    }
    return over.t(key, values);
  };
}

interface CardI18n {
  /** The user's locale (`en-US`, `es-ES`), for Intl formatting. */
  locale: string;
  t: Translate;
}

// Outside a provider (tests of one piece): English, over the English catalog once it has arrived.
const english: CardI18n = { locale: 'en-US', t: createCardTranslator('en-US') };
const CardI18nContext = createContext<CardI18n>(english);

/**
 * Makes `useCardI18n()` speak `locale`'s language below it, once the language's catalog has arrived
 * from `backend`; until then a spinner, and if it fails, why and Retry (except past today's API
 * limit, which a retry cannot help).
 */
export function CardI18nProvider(props: {
  locale: string;
  backend: BackendClient;
  children: ReactNode;
}) {
  const { locale } = props;
  const language = languageFor(locale);
  const { backend } = props;
  const arrived = arrivedCardCatalog(language);
  const load = useCallback(async () => {
    const catalog = arrivedCardCatalog(language);
    return catalog === undefined ? loadCardCatalog(backend, language) : ok(catalog);
  }, [backend, language]);
  // A catalog that has already arrived shows at once, without a spinner's flash.
  const { state, reload } = useLoaded(load, arrived && { status: 'ready', value: arrived });
  const catalog = state.status === 'ready' ? state.value : undefined;
  const value = useMemo(() => ({ locale, t: translatorWith(locale, catalog) }), [locale, catalog]);
  if (state.status === 'ready') {
    return <CardI18nContext.Provider value={value}>{props.children}</CardI18nContext.Provider>;
  }
  const { t } = value;
  if (state.status === 'loading') return <LoadingSpinner label={t('loading')} layout="centered" />;
  const { code } = state.error;
  const text = errorWords(t, { host: 'hubspot', error: state.error });
  return (
    <ErrorState testId="catalog-error" title={text.title}>
      <Text>{text.body}</Text>
      {retryHelps(code) ? (
        <Button testId="catalog-retry" onClick={reload}>
          {t('retry')}
        </Button>
      ) : null}
    </ErrorState>
  );
}

/** The user's locale and `t(key, values)`; English outside a provider (tests of one piece). */
export function useCardI18n(): CardI18n {
  return useContext(CardI18nContext);
}
