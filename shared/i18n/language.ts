/**
 * Which language a locale is, worked out once for everything that speaks more than one: the message
 * catalog, the tone rules, the outreach templates, plan summaries and the settings pages. Each asks
 * which of its own languages a locale is and keeps its own fallback.
 */

/**
 * The base language of a BCP 47 tag or a POSIX-style locale, lower case: `es-419`, `ES_mx` and `es`
 * are all `es`; a blank or missing locale has none (undefined).
 */
export function baseLanguage(locale: string | undefined): string | undefined {
  const language = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return language === '' ? undefined : language;
}

/**
 * `locale`'s base language when it is one of `supported` (a list, or a type guard such as
 * `isToneLocale`), else undefined, so the caller picks its fallback (English, 'auto', a default).
 */
export function languageIn<L extends string>(
  locale: string | undefined,
  supported: readonly L[] | ((language: string) => language is L),
): L | undefined {
  const language = baseLanguage(locale);
  if (language === undefined) return undefined;
  if (typeof supported === 'function') return supported(language) ? language : undefined;
  return supported.find((known) => known === language);
}
