/**
 * Turns a catalog's ICU sources into the parsed form `IntlMessageFormat` runs without its parser,
 * so the apps ship messages, not the ICU parser. Used by `npm run i18n:compile` and the tests only.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A parsed message, or its text when it is plain text with no argument (most are). */
export type CompiledMessage = string | MessageFormatElement[];

/** Parsed messages by key; tags such as `<p>` stay literal text. */
export type CompiledCatalog = Readonly<Record<string, CompiledMessage>>;

/** A plain-text message as its text, anything else as its elements. */
function compact(elements: MessageFormatElement[]): CompiledMessage {
  const [only, ...rest] = elements;
  if (only === undefined) return '';
  return only.type === TYPE.literal && rest.length === 0 ? only.value : elements;
}

/** Keys only the HubSpot card and settings page use: compiled apart, so Zendesk does not ship them. */
export const hubspotOnlyKey = (key: string): boolean =>
  key.startsWith('card.') || key.startsWith('settingsPage.');

/**
 * Keys the Zendesk ticket sidebar speaks before its first paint: the app's own states, the customer
 * card and the errors a customer read can end in. Compiled again apart (`opening-<language>.json`),
 * so the first paint waits for these (under 1 KB gzipped) and the whole catalog (12 KB) loads beside
 * it for the panels that follow (issue 16; apps/zendesk/ui/i18n.tsx).
 */
export const openingKey = (key: string): boolean =>
  key === 'loading' ||
  key === 'retry' ||
  key.startsWith('app.') ||
  key.startsWith('customer.') ||
  key.startsWith('errors.');

/**
 * Keys the core writes itself, whatever host it runs in, compiled apart so a module of the core that
 * writes them does not pull the whole catalog into a bundle (the HubSpot card fetches the rest from
 * our backend, issue 16; shared/i18n/core.ts). A plan's summary is in the customer's language, so
 * every language ships with it (`summary-<language>.json`). The settings check's words
 * (`settings-<language>.json`) are a part of their own: the card reads stored settings without
 * wording what is wrong with them, so it ships none of them.
 */
export const summaryKey = (key: string): boolean => key.startsWith('plans.summary.');
export const settingsKey = (key: string): boolean => key.startsWith('settings.');

/**
 * Keys the HubSpot card speaks before its catalog has arrived from our backend: its loading state,
 * and the error state with Retry when the catalog cannot be had (`card-opening-<language>.json`,
 * bundled in both languages; apps/hubspot/card/ui/i18n.tsx).
 */
export const cardOpeningKey = (key: string): boolean =>
  key === 'loading' || key === 'retry' || key.startsWith('card.errors.');

/** Keys an outcomes view may name (shared/outcomes/view.ts): the outcomes page's own. */
export const outcomesKey = (key: string): boolean => key.startsWith('outcomes.');

/** Parses every message of `catalog`; throws on a message that is not valid ICU, naming its key. */
export function compileCatalog(catalog: Readonly<Record<string, string>>): CompiledCatalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, message]) => {
      try {
        return [key, compact(parse(message, { ignoreTag: true }))];
      } catch (error) {
        throw new Error(`Message ${key} is not valid ICU: ${String(error)}`);
      }
    }),
  );
}

/**
 * The compiled files of one language's catalog, by name (`<name>.json` in shared/i18n/compiled):
 * which keys each part carries is decided here, for `npm run i18n:compile` and the test that the
 * shipped files match their sources.
 */
export function catalogParts(
  language: string,
  catalog: Readonly<Record<string, string>>,
): Record<string, CompiledCatalog> {
  const part = (keep: (key: string) => boolean) =>
    compileCatalog(Object.fromEntries(Object.entries(catalog).filter(([key]) => keep(key))));
  return {
    [language]: part((key) => !hubspotOnlyKey(key)),
    [`hubspot-${language}`]: part(hubspotOnlyKey),
    [`opening-${language}`]: part((key) => !hubspotOnlyKey(key) && openingKey(key)),
    [`summary-${language}`]: part(summaryKey),
    [`settings-${language}`]: part(settingsKey),
    [`card-opening-${language}`]: part(cardOpeningKey),
  };
}

/** The keys an outcomes view may name (`outcome-keys.json`): every language has the same keys. */
export const outcomeKeysOf = (catalog: Readonly<Record<string, string>>): string[] =>
  Object.keys(catalog).filter(outcomesKey);
