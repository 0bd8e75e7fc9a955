/**
 * The translator itself, over whichever compiled catalogs are loaded: `translate.ts` hands it both
 * languages (the CLI, the HubSpot card, the core's tests), a browser app hands it only the agent's
 * language, loaded on demand (`load.ts`), so the other language's messages never ship before first
 * paint. No catalog is imported here.
 */
import { formatCompiled, formattersFor, type CompiledElements } from './format-compiled';
import { languageIn } from './language';
import type { MessageKey } from './messages/en';

/** The catalog's languages; English is the fallback. */
export const catalogLanguages = ['en', 'es'] as const;
export type CatalogLanguage = (typeof catalogLanguages)[number];

/** Values a message may mention: `{ days: 3 }`, `{ date: '5 May 2026' }`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** What the core returns instead of a sentence: a catalog code and its values. */
export interface Message {
  readonly code: MessageKey;
  readonly values?: MessageValues;
}

/** Turns a code and its values into a sentence in one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** One language's compiled messages (`compiled/<language>.json`), key → string or elements. */
export type CompiledMessages = Readonly<Record<string, unknown>>;

/** The compiled catalogs at hand, by language; a language not loaded is absent. */
export type LoadedCatalogs = Readonly<Partial<Record<CatalogLanguage, CompiledMessages>>>;

/** The catalog language for a locale: `es-419` or `es_MX` → `es`, anything else → `en`. */
export function languageFor(locale: string | undefined): CatalogLanguage {
  return languageIn(locale, catalogLanguages) ?? 'en';
}

/** Compiled messages a host adds to the shared ones (the HubSpot card's `hubspot-<language>.json`). */
export type ExtraMessages = Readonly<Record<CatalogLanguage, CompiledMessages>>;

/**
 * A translator for `locale` (numbers and plurals follow it) over the `catalogs` at hand and a host's
 * `extra` messages. A key missing in the language falls back to English when English is loaded (the
 * catalog test keeps every language complete, so one language alone says everything); an unknown
 * key, or a message missing one of its values, comes back as the key, so a gap shows and never throws.
 */
export function translatorOver(
  locale: string,
  catalogs: LoadedCatalogs,
  extra?: ExtraMessages,
): Translate {
  const language = languageFor(locale);
  const formatters = formattersFor(locale || 'en');
  return (key, values) => {
    const message =
      extra?.[language][key] ?? catalogs[language]?.[key] ?? extra?.en[key] ?? catalogs.en?.[key];
    if (message === undefined) return key;
    if (typeof message === 'string') return message;
    try {
      // compile.ts wrote every message that is not plain text as its elements.
      return formatCompiled(message as CompiledElements, formatters, values);
    } catch {
      return key;
    }
  };
}

/** Renders a core {@link Message} with `t`. */
export function render(t: Translate, message: Message): string {
  return t(message.code, message.values);
}
