/**
 * The sidebar's strings from the app's translations (`manifests/zendesk/translations/*.json`, the
 * `ui` section), in the agent's language, with English as the fallback for any missing key.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import en from '../../../manifests/zendesk/translations/en.json';
import es from '../../../manifests/zendesk/translations/es.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every UI string key, such as `customer.title` or `errors.rate-limited`. */
export type TranslationKey = Leaves<typeof en.ui>;

/** Values for `{{name}}` placeholders. */
export type TranslationVars = Record<string, string | number>;

/** Looks up a UI string and fills its placeholders. */
export type Translate = (key: TranslationKey, vars?: TranslationVars) => string;

const catalogs: Record<string, unknown> = { en: en.ui, es: es.ui };

/** The languages the sidebar speaks. */
export const supportedLanguages = Object.keys(catalogs);

/** The catalog language for a locale: `es-419` → `es`, anything unknown → `en`. */
export function languageFor(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return language in catalogs ? language : 'en';
}

function lookup(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translator for `locale`; unknown keys come back as the key itself so gaps are visible. */
export function createTranslator(locale: string): Translate {
  const catalog = catalogs[languageFor(locale)];
  return (key, vars = {}) => {
    const template = lookup(catalog, key) ?? lookup(catalogs['en'], key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}

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

/** The agent's locale and `t(key, vars)`; throws outside `I18nProvider` (a wiring bug). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
