/**
 * Which language an outreach message is written in, and whose conventions its amounts and dates
 * follow, decided once for every host: the customer's language when there are templates in it,
 * else the company's default, else English; amounts and dates in the customer's own variant of
 * that language (es-MX, en-GB) when known.
 */
import { baseLanguage, languageIn } from '../i18n/language';
import { isTemplateLocale } from './library';
import type { TemplateLocale } from './types';

/** The template language and the locale for the values filled into it. */
export interface OutreachLocale {
  readonly language: TemplateLocale;
  /** A BCP 47 tag for numbers and dates: the customer's own when it is `language`, else `language`. */
  readonly format: string;
}

/**
 * How to write to a customer whose locale is `customerLocale`, with `fallback` the company's;
 * `chosen`, when the agent picked a language themselves, wins over both.
 */
export function outreachLocale(
  customerLocale: string | undefined,
  fallback: string | undefined,
  chosen?: TemplateLocale,
): OutreachLocale {
  const language =
    chosen ??
    languageIn(customerLocale, isTemplateLocale) ??
    languageIn(fallback, isTemplateLocale) ??
    'en';
  const ownVariant = customerLocale !== undefined && baseLanguage(customerLocale) === language;
  return { language, format: ownVariant ? customerLocale : language };
}
