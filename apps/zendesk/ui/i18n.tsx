/**
 * The sidebar speaks the agent's language through the shared catalog (`shared/i18n`): this file
 * only puts a translator for the agent's locale into React context.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type MessageKey, type Translate } from '../../../shared/i18n';

export { createTranslator, type Translate };

/** Every UI string key, such as `customer.title` or `errors.rate-limited`. */
export type TranslationKey = MessageKey;

interface I18n {
  /** The agent's locale (`en-US`, `es`), for Intl formatting. */
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** Makes `useI18n()` speak the agent's language below it. */
export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The agent's locale and `t(key, values)`; throws outside `I18nProvider` (a wiring bug). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
