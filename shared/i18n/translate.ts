/**
 * The one message catalog: codes in, sentences out, in English or Spanish. The core returns codes
 * and values ({@link Message}); each host and the CLI turns them into words here. Messages are
 * precompiled (`compiled/*.json`, from `messages/*.ts`), so no ICU parser runs or ships. This file
 * carries both languages; a browser's first paint loads only the agent's (`load.ts`).
 */
import compiledEn from './compiled/en.json';
import compiledEs from './compiled/es.json';
import {
  translatorOver,
  type CatalogLanguage,
  type CompiledMessages,
  type ExtraMessages,
  type Translate,
} from './translator';
import type { MessageKey } from './messages/en';

export {
  catalogLanguages,
  languageFor,
  render,
  type CatalogLanguage,
  type CompiledMessages,
  type ExtraMessages,
  type LoadedCatalogs,
  type Message,
  type MessageValues,
  type Translate,
} from './translator';

const compiled: Record<CatalogLanguage, CompiledMessages> = {
  en: compiledEn,
  es: compiledEs,
};

/**
 * Whether `key` names a shared message, one every host can word (the HubSpot-only `card.*` and
 * `settingsPage.*` keys are not). Read from the compiled catalog that ships anyway, so a check at a
 * boundary costs no second copy of the messages.
 */
export function isSharedMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(compiled.en, key);
}

/**
 * A translator for `locale` (numbers and plurals follow it), over the shared messages and a host's
 * `extra` ones. A key missing in the language falls back to English; an unknown key, or a message
 * missing one of its values, comes back as the key, so a gap shows and never throws.
 */
export function createTranslator(locale: string, extra?: ExtraMessages): Translate {
  return translatorOver(locale, compiled, extra);
}
