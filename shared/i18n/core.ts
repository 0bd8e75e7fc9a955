/**
 * The messages the core writes itself (compile.ts `summaryKey`, `settingsKey`), in every language,
 * without the rest of the catalog. A core module that writes words imports this rather than
 * translate.ts, so a host that loads its catalog later (the HubSpot card fetches it from our
 * backend) does not bundle both whole catalogs through the core (issue 16). Each part is its own
 * pair of files, so a bundle that writes plan summaries but never words a settings problem (the
 * card) carries only the summaries.
 */
import settingsEn from './compiled/settings-en.json';
import settingsEs from './compiled/settings-es.json';
import summaryEn from './compiled/summary-en.json';
import summaryEs from './compiled/summary-es.json';
import {
  translatorOver,
  type CatalogLanguage,
  type CompiledMessages,
  type Translate,
} from './translator';

const summaries: Record<CatalogLanguage, CompiledMessages> = { en: summaryEn, es: summaryEs };
const settings: Record<CatalogLanguage, CompiledMessages> = { en: settingsEn, es: settingsEs };

/**
 * A translator for `locale` over a plan summary's messages (`plans.summary.*`). Any other key comes
 * back as itself (catalog.test.ts holds each compiled part to the sources).
 */
export function createSummaryTranslator(locale: string): Translate {
  return translatorOver(locale, summaries);
}

/** A translator for `locale` over the settings check's messages (`settings.*`), as above. */
export function createSettingsTranslator(locale: string): Translate {
  return translatorOver(locale, settings);
}
