/**
 * The one message catalog: codes in, sentences out, in English or Spanish. The core returns codes
 * and values ({@link Message}); each host and the CLI turns them into words here. Messages are
 * precompiled (`compiled/*.json`, from `messages/*.ts`), so no ICU parser runs or ships.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import compiledEn from './compiled/en.json';
import compiledEs from './compiled/es.json';
import { languageIn } from './language';
import type { MessageKey } from './messages/en';

/** A precompiled message's elements, as `IntlMessageFormat` takes them. */
type MessageElements = Exclude<ConstructorParameters<typeof IntlMessageFormat>[0], string>;

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

const compiled: Record<CatalogLanguage, Readonly<Record<string, unknown>>> = {
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

/** The catalog language for a locale: `es-419` or `es_MX` → `es`, anything else → `en`. */
export function languageFor(locale: string | undefined): CatalogLanguage {
  return languageIn(locale, catalogLanguages) ?? 'en';
}

/** Compiled messages a host adds to the shared ones (the HubSpot card's `hubspot-<language>.json`). */
export type ExtraMessages = Readonly<Record<CatalogLanguage, Readonly<Record<string, unknown>>>>;

/**
 * A translator for `locale` (numbers and plurals follow it), over the shared messages and a host's
 * `extra` ones. A key missing in the language falls back to English; an unknown key, or a message
 * missing one of its values, comes back as the key, so a gap shows and never throws.
 */
export function createTranslator(locale: string, extra?: ExtraMessages): Translate {
  const language = languageFor(locale);
  const formats = new Map<string, IntlMessageFormat>();
  const messageFor = (key: string): string | IntlMessageFormat | undefined => {
    const cached = formats.get(key);
    if (cached !== undefined) return cached;
    const compiledMessage =
      extra?.[language][key] ?? compiled[language][key] ?? extra?.en[key] ?? compiled.en[key];
    if (compiledMessage === undefined || typeof compiledMessage === 'string')
      return compiledMessage;
    const format = new IntlMessageFormat(
      compiledMessage as MessageElements,
      locale || 'en',
      undefined,
      { ignoreTag: true },
    );
    formats.set(key, format);
    return format;
  };
  return (key, values) => {
    const message = messageFor(key);
    if (message === undefined) return key;
    if (typeof message === 'string') return message;
    try {
      return String(message.format(values));
    } catch {
      return key;
    }
  };
}

/** Renders a core {@link Message} with `t`. */
export function render(t: Translate, message: Message): string {
  return t(message.code, message.values);
}
