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
import { createStore, type Readable } from '../view/store';

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

/** What a host speaks while its catalog arrives. */
export interface CatalogWords {
  /** The locale (`en-US`, `es`), for Intl formatting. */
  readonly locale: string;
  readonly t: Translate;
  /** False while only the opening messages have arrived: `t` knows the first paint's keys alone. */
  readonly complete: boolean;
}

/** How the two parts of a language's catalog are fetched (tests pass their own). */
export interface CatalogLoads {
  opening(locale: string): Promise<Translate>;
  whole(locale: string): Promise<Translate>;
}

/** `locale`'s words as they arrive: none yet, then its opening messages, then the whole catalog. */
export interface CatalogArrival extends Readable<{ readonly words: CatalogWords | undefined }> {
  /** Fetches what has not arrived; the function it returns drops replies still on their way. */
  start(): () => void;
}

/**
 * The words for `locale`: complete at once when its whole catalog has already arrived; else the
 * opening messages and the whole catalog load side by side, and the whole one replaces the opening
 * (never the other way round). A catalog that cannot be fetched (the app's own files unreachable)
 * leaves a translator that answers with keys rather than nothing to show.
 */
export function catalogArrival(
  locale: string,
  loads: CatalogLoads = { opening: loadOpeningTranslator, whole: loadTranslator },
): CatalogArrival {
  const loaded = loadedTranslator(locale);
  const store = createStore<{ words: CatalogWords | undefined }>({
    words: loaded && { locale, t: loaded, complete: true },
  });
  const complete = () => store.getSnapshot().words?.complete === true;
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    start() {
      let active = true;
      if (complete()) return () => undefined;
      let opening: Translate | undefined;
      void loads.opening(locale).then(
        (t) => {
          opening = t;
          if (active && !complete()) store.set({ words: { locale, t, complete: false } });
        },
        // Without the opening part the first paint waits for the whole catalog.
        () => undefined,
      );
      void loads
        .whole(locale)
        .catch(() => opening ?? translatorOver(locale, {}))
        .then((t) => {
          if (active) store.set({ words: { locale, t, complete: true } });
        });
      return () => {
        active = false;
      };
    },
  };
}
