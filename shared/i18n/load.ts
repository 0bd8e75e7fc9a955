/**
 * The catalog on demand, one language at a time, for a browser's first paint: each language is its
 * own chunk (webpack splits at `import()`), so an agent downloads the messages they read and not the
 * other language's (issue 16). Every language holds every key (catalog.test.ts), so the agent's
 * language alone says everything; English is not loaded as a fallback.
 */
import {
  languageFor,
  translatorOver,
  type CatalogLanguage,
  type CompiledMessages,
  type Translate,
} from './translator';

const importers: Record<CatalogLanguage, () => Promise<{ default: CompiledMessages }>> = {
  en: () => import(/* webpackChunkName: "messages-en" */ './compiled/en.json'),
  es: () => import(/* webpackChunkName: "messages-es" */ './compiled/es.json'),
};

/**
 * The opening part of each language (compile.ts `openingKey`): what a sidebar's first paint speaks,
 * its own small chunk, so the paint need not wait for the whole catalog.
 */
const openingImporters: Record<CatalogLanguage, () => Promise<{ default: CompiledMessages }>> = {
  en: () => import(/* webpackChunkName: "messages-opening-en" */ './compiled/opening-en.json'),
  es: () => import(/* webpackChunkName: "messages-opening-es" */ './compiled/opening-es.json'),
};

/** `locale`'s opening messages: a translator for the first paint's keys only (any other is its key). */
export async function loadOpeningTranslator(locale: string): Promise<Translate> {
  const language = languageFor(locale);
  const opening = await openingImporters[language]();
  return translatorOver(locale, { [language]: opening.default });
}

/** Each language's catalog, loading or loaded, fetched once per page. */
const catalogs = new Map<CatalogLanguage, Promise<CompiledMessages>>();
/** The catalogs that have arrived, so a translator for them is ready without waiting. */
const arrived = new Map<CatalogLanguage, CompiledMessages>();

/** Loads `language`'s compiled catalog once; a failed load may be tried again. */
export function loadCatalog(language: CatalogLanguage): Promise<CompiledMessages> {
  let loading = catalogs.get(language);
  if (loading === undefined) {
    loading = importers[language]().then(
      (module) => {
        arrived.set(language, module.default);
        return module.default;
      },
      (error: unknown) => {
        catalogs.delete(language);
        throw error;
      },
    );
    catalogs.set(language, loading);
  }
  return loading;
}

/** A translator for `locale` once its language's catalog is loaded, else undefined. */
export function loadedTranslator(locale: string): Translate | undefined {
  const language = languageFor(locale);
  const catalog = arrived.get(language);
  return catalog === undefined ? undefined : translatorOver(locale, { [language]: catalog });
}

/** A translator for `locale`, after loading its language's catalog (only that one). */
export async function loadTranslator(locale: string): Promise<Translate> {
  const language = languageFor(locale);
  const catalog = await loadCatalog(language);
  return translatorOver(locale, { [language]: catalog });
}
