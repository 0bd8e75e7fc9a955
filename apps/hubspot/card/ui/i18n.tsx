/**
 * The card and the settings page speak the HubSpot user's language (the host context's
 * `user.locale`) through the shared catalog (`shared/i18n`); English when it is not Spanish.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import hubspotEn from '../../../../shared/i18n/compiled/hubspot-en.json';
import hubspotEs from '../../../../shared/i18n/compiled/hubspot-es.json';
import { createTranslator, type Translate } from '../../../../shared/i18n';

/** A translator with the card's and settings page's own messages (`card.*`, `settingsPage.*`). */
export function createCardTranslator(locale: string): Translate {
  return createTranslator(locale, { en: hubspotEn, es: hubspotEs });
}

interface CardI18n {
  /** The user's locale (`en-US`, `es-ES`), for Intl formatting. */
  locale: string;
  t: Translate;
}

const english: CardI18n = { locale: 'en-US', t: createCardTranslator('en-US') };
const CardI18nContext = createContext<CardI18n>(english);

/** Makes `useCardI18n()` speak `locale`'s language below it. */
export function CardI18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createCardTranslator(locale) }), [locale]);
  return <CardI18nContext.Provider value={value}>{children}</CardI18nContext.Provider>;
}

/** The user's locale and `t(key, values)`; English outside a provider (tests of one piece). */
export function useCardI18n(): CardI18n {
  return useContext(CardI18nContext);
}
