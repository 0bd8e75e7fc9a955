/**
 * The messages the core writes itself (compile.ts `coreKey`: a plan's summary, the settings check's
 * words), in every language, without the rest of the catalog. A core module that writes words
 * imports this rather than translate.ts, so a host that loads its catalog later (the HubSpot card
 * fetches it from our backend) does not bundle both whole catalogs through the core (issue 16).
 */
import coreEn from './compiled/core-en.json';
import coreEs from './compiled/core-es.json';
import {
  translatorOver,
  type CatalogLanguage,
  type CompiledMessages,
  type Translate,
} from './translator';

const compiled: Record<CatalogLanguage, CompiledMessages> = { en: coreEn, es: coreEs };

/**
 * A translator for `locale` over the core's own messages: `plans.summary.*` and `settings.*`. Any
 * other key comes back as itself (catalog.test.ts holds the core to these keys).
 */
export function createCoreTranslator(locale: string): Translate {
  return translatorOver(locale, compiled);
}
