/**
 * What admins read when a setting is wrong or needs attention, in English and Spanish.
 * Errors carry a message key (`code`) and params; the shared catalog (`settings.*` in
 * shared/i18n/messages) turns them into a sentence that names the setting as the admin sees it.
 */
import type { SettingsField } from './fields';
import { createSettingsTranslator } from '../i18n/core';
import type { Translate } from '../i18n/translator';
import type { BlockableToneCategory, SettingsLocale } from './settings';

/** Why a value was refused by `validateSettings`. */
export const settingsErrorCodes = [
  'not-settings',
  'not-text',
  'not-a-number',
  'not-a-whole-number',
  'out-of-range',
  'not-yes-no',
  'not-a-choice',
  'not-a-list',
  'none-chosen',
  'duplicate',
  'not-an-amount',
  'not-more-than-zero',
  'too-many-decimals',
  'whole-amounts-only',
  'unknown-currency',
  'not-a-time',
  'outside-legal-hours',
  'start-not-before-end',
  'unknown-time-zone',
  'not-a-field-key',
  'too-long',
  'too-many',
  'empty-phrase',
  'line-break',
  'not-one-line',
  'text-too-long',
  'not-https-link',
  'unknown-holiday-country',
  'not-a-date',
  'invalid',
] as const;
export type SettingsErrorCode = (typeof settingsErrorCodes)[number];

/** Why valid settings still need an admin's eye (`settingsNeedingAttention`). */
export const settingsAttentionCodes = [
  'field-not-mapped',
  'flag-not-mapped',
  'nothing-blocks',
  'legal-risk-not-blocked',
  'phrase-flagged-and-allowed',
  'company-name-missing',
] as const;
export type SettingsAttentionCode = (typeof settingsAttentionCodes)[number];

/** Values a message may mention, e.g. `{ min: 1, max: 120 }`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The translator for a settings locale: the shared catalog's `settings.*` messages. */
const translators = new Map<SettingsLocale, Translate>();
function translatorFor(locale: SettingsLocale): Translate {
  let t = translators.get(locale);
  if (t === undefined) {
    t = createSettingsTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/** The name an admin sees for a tone category, e.g. "threats" / "amenazas". */
export function toneCategoryLabel(
  category: BlockableToneCategory,
  locale: SettingsLocale = 'en',
): string {
  return translatorFor(locale)(`settings.category.${category}`);
}

/** The label an admin sees for a setting, e.g. "Minimum instalment" / "Cuota mínima". */
export function settingsFieldLabel(field: SettingsField, locale: SettingsLocale = 'en'): string {
  return translatorFor(locale)(`settings.field.${field}`);
}

/**
 * The sentence for one error or attention item (catalog `settings.code.*`), with `{field}` and
 * any params filled in. A param the sentence does not mention is ignored; a placeholder without a
 * param is left as written, so a sentence never turns into its key.
 */
export function settingsMessage(
  code: SettingsErrorCode | SettingsAttentionCode,
  field: SettingsField,
  params: MessageParams = {},
  locale: SettingsLocale = 'en',
): string {
  const values: MessageParams = { ...params, field: settingsFieldLabel(field, locale) };
  const asWritten = new Proxy(values, {
    has: () => true,
    get: (target, name) =>
      typeof name === 'string' && !(name in target) ? `{${name}}` : Reflect.get(target, name),
  });
  return translatorFor(locale)(`settings.code.${code}`, asWritten);
}
