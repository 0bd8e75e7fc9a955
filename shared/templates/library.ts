/** The outreach template library: every template in every language, in a stable order. */
import { en } from './en';
import { es } from './es';
import {
  templateIds,
  templateLocales,
  type OutreachTemplate,
  type TemplateId,
  type TemplateLocale,
} from './types';
import { isOneOf } from '../vocabulary/one-of';

const files: Readonly<Record<TemplateLocale, typeof en>> = { en, es };

/** All templates: English first, then Spanish, each in `templateIds` order. */
export const outreachTemplates: readonly OutreachTemplate[] = Object.freeze(
  templateLocales.flatMap((locale) =>
    templateIds.map((id) => Object.freeze({ id, locale, ...files[locale][id] })),
  ),
);

/** The templates in one language, in `templateIds` order. */
export function templatesFor(locale: TemplateLocale): OutreachTemplate[] {
  return outreachTemplates.filter((template) => template.locale === locale);
}

/** One template by id and language. */
export function findTemplate(id: TemplateId, locale: TemplateLocale): OutreachTemplate {
  const template = outreachTemplates.find((t) => t.id === id && t.locale === locale);
  // Every id exists in every locale (the template files' type says so), so this is a bug.
  if (template === undefined) throw new Error(`No template ${id} in ${locale}`);
  return template;
}

/** True for a language with a template file. */
export const isTemplateLocale = isOneOf(templateLocales);
