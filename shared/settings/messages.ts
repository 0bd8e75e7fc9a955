/**
 * What admins read when a setting is wrong or needs attention, in English and Spanish.
 * Errors carry a message key (`code`) and params; this table turns them into a sentence that
 * names the setting as the admin sees it in the settings form.
 */
import type { SettingsField } from './fields';
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

type Table = {
  fields: Record<SettingsField, string>;
  categories: Record<BlockableToneCategory, string>;
  codes: Record<SettingsErrorCode | SettingsAttentionCode, string>;
};

const en: Table = {
  categories: {
    accusatory: 'blaming',
    shaming: 'shaming and insults',
    profanity: 'profanity',
    threat: 'threats',
    misrepresentation: 'misrepresentation',
    'third-party': 'third-party disclosure',
    pressure: 'pressure',
    harassment: 'harassment',
    jargon: 'jargon',
  },
  fields: {
    settings: 'Settings',
    'policy.minInstalment': 'Minimum instalment',
    'policy.currency': 'Default currency',
    'policy.maxTermMonths': 'Longest plan (months)',
    'policy.frequencies': 'Payment frequencies',
    'policy.downPayment': 'Down payment',
    'policy.downPayment.amount': 'Down payment amount',
    'policy.downPayment.percent': 'Down payment percentage',
    'policy.firstPaymentWithinDays': 'First payment within (days)',
    'policy.maxSettlementDiscountPercent': 'Largest settlement discount (%)',
    'policy.feesWaivable': 'Fees can be waived',
    'policy.rollWeekends': 'Move weekend due dates to Monday',
    'policy.holidays': 'Public holidays of (country or region)',
    'policy.closureDays': 'Company closure days',
    'tone.onSave': 'When a reply has blocking wording',
    'tone.blockCategories': 'Categories that block a save',
    'tone.flagPhrases': 'Company phrases to flag',
    'tone.allowPhrases': 'Company phrases to allow',
    'tone.feedback': 'Agents can report wrong or missed findings',
    'tone.feedbackIncludeDraft': 'Include the draft in agent feedback',
    'contact.contactHours': 'Contact hours',
    'contact.contactHours.start': 'Contact hours start',
    'contact.contactHours.end': 'Contact hours end',
    'contact.defaultTimeZone': 'Default customer time zone',
    'contact.defaultLocale': 'Default customer language',
    'fields.balance': 'Balance field',
    'fields.currency': 'Currency field',
    'fields.dueDate': 'Due date field',
    'fields.flags.cease': 'Cease-contact flag field',
    'fields.flags.do-not-call': 'Do-not-call flag field',
    'fields.flags.do-not-email': 'Do-not-email flag field',
    'fields.flags.do-not-sms': 'Do-not-text flag field',
    'fields.flags.dispute': 'Dispute flag field',
    'fields.flags.bankruptcy': 'Bankruptcy flag field',
    'fields.flags.breathing-space': 'Breathing space flag field',
    'fields.flags.deceased': 'Deceased flag field',
    'fields.flags.vulnerable': 'Vulnerable customer flag field',
    'outreach.companyName': 'Company name',
    'outreach.paymentLink': 'Payment link',
  },
  codes: {
    'not-settings': '{field}: we could not read them. Reset them to the defaults and save again.',
    'not-text': '{field}: enter text.',
    'not-a-number': '{field}: enter a number.',
    'not-a-whole-number': '{field}: enter a whole number.',
    'out-of-range': '{field}: enter a number from {min} to {max}.',
    'not-yes-no': '{field}: choose yes or no.',
    'not-a-choice': '{field}: choose one of {choices}.',
    'not-a-list': '{field}: expected a list.',
    'none-chosen': '{field}: choose at least one.',
    duplicate: '{field}: "{value}" is listed twice.',
    'not-an-amount':
      '{field}: enter an amount like 25.00, without a currency symbol or thousands separators.',
    'not-more-than-zero': '{field}: enter an amount more than zero.',
    'too-many-decimals': '{field}: {currency} amounts have at most {decimals} decimal places.',
    'whole-amounts-only': '{field}: {currency} amounts are whole numbers, without decimals.',
    'unknown-currency': '{field}: enter a three-letter currency code such as USD, GBP or EUR.',
    'not-a-time': '{field}: enter a time like 08:00 (24-hour clock).',
    'outside-legal-hours':
      "{field}: contact is only allowed between 08:00 and 21:00 in the customer's local time.",
    'start-not-before-end': '{field}: the start must be before the end.',
    'unknown-time-zone':
      '{field}: enter a time zone name such as America/New_York or Europe/London.',
    'not-a-field-key':
      '{field}: enter the field key exactly as your field settings show it (letters, digits, _ - . only).',
    'too-long': '{field}: keep each entry to {max} characters.',
    'too-many': '{field}: at most {max} entries.',
    'empty-phrase': '{field}: remove the empty entry.',
    'line-break': '{field}: an entry cannot contain a line break; put each phrase on its own line.',
    'not-one-line': '{field}: keep it on one line.',
    'text-too-long': '{field}: use at most {max} characters.',
    'not-https-link':
      '{field}: enter a secure web address starting with https://, or leave it empty.',
    'unknown-holiday-country':
      '{field}: enter a two-letter country code such as US, GB or ES, optionally with a region (US-CA, GB-SCT), or leave it empty.',
    'not-a-date': '{field}: enter each day as a date such as 2026-12-24, one a line.',
    invalid: '{field}: this value is not valid.',
    'field-not-mapped':
      '{field} is not set, so Tactful cannot read this from your records. Enter the field that holds it.',
    'flag-not-mapped':
      '{field} is not set, so contact guards cannot see this flag. Enter the field that holds it.',
    'nothing-blocks':
      '{field}: saving is set to block, but no category blocks. Choose the categories that should stop a save.',
    'legal-risk-not-blocked':
      '{field}: {categories} can break collections law; we recommend blocking them.',
    'phrase-flagged-and-allowed':
      '{field}: "{value}" is both flagged and allowed, so it will be allowed.',
    'company-name-missing':
      '{field} is not set, so templates that sign with it cannot be filled in. Enter the name customers know you by.',
  },
};

const es: Table = {
  categories: {
    accusatory: 'acusaciones',
    shaming: 'humillaciones e insultos',
    profanity: 'palabrotas',
    threat: 'amenazas',
    misrepresentation: 'suplantación o engaño',
    'third-party': 'revelación a terceros',
    pressure: 'presión',
    harassment: 'acoso',
    jargon: 'jerga',
  },
  fields: {
    settings: 'Configuración',
    'policy.minInstalment': 'Cuota mínima',
    'policy.currency': 'Moneda predeterminada',
    'policy.maxTermMonths': 'Plazo máximo del plan (meses)',
    'policy.frequencies': 'Frecuencias de pago',
    'policy.downPayment': 'Pago inicial',
    'policy.downPayment.amount': 'Importe del pago inicial',
    'policy.downPayment.percent': 'Porcentaje del pago inicial',
    'policy.firstPaymentWithinDays': 'Primer pago en un plazo de (días)',
    'policy.maxSettlementDiscountPercent': 'Descuento máximo por liquidación (%)',
    'policy.feesWaivable': 'Se pueden condonar cargos',
    'policy.rollWeekends': 'Pasar al lunes los vencimientos en fin de semana',
    'policy.holidays': 'Festivos de (país o región)',
    'policy.closureDays': 'Días de cierre de la empresa',
    'tone.onSave': 'Si una respuesta tiene expresiones que bloquean',
    'tone.blockCategories': 'Categorías que bloquean el guardado',
    'tone.flagPhrases': 'Frases de la empresa que se marcan',
    'tone.allowPhrases': 'Frases de la empresa permitidas',
    'tone.feedback': 'Los agentes pueden señalar hallazgos erróneos o que faltan',
    'tone.feedbackIncludeDraft': 'Incluir el borrador en lo que señalan los agentes',
    'contact.contactHours': 'Horario de contacto',
    'contact.contactHours.start': 'Inicio del horario de contacto',
    'contact.contactHours.end': 'Fin del horario de contacto',
    'contact.defaultTimeZone': 'Zona horaria predeterminada del cliente',
    'contact.defaultLocale': 'Idioma predeterminado del cliente',
    'fields.balance': 'Campo del saldo',
    'fields.currency': 'Campo de la moneda',
    'fields.dueDate': 'Campo de la fecha de vencimiento',
    'fields.flags.cease': 'Campo de la marca «no contactar»',
    'fields.flags.do-not-call': 'Campo de la marca «no llamar»',
    'fields.flags.do-not-email': 'Campo de la marca «no enviar correos»',
    'fields.flags.do-not-sms': 'Campo de la marca «no enviar SMS»',
    'fields.flags.dispute': 'Campo de la marca de disputa',
    'fields.flags.bankruptcy': 'Campo de la marca de quiebra',
    'fields.flags.breathing-space': 'Campo de la marca de periodo de respiro',
    'fields.flags.deceased': 'Campo de la marca de fallecimiento',
    'fields.flags.vulnerable': 'Campo de la marca de cliente vulnerable',
    'outreach.companyName': 'Nombre de la empresa',
    'outreach.paymentLink': 'Enlace de pago',
  },
  codes: {
    'not-settings':
      '{field}: no se han podido leer. Restablece los valores predeterminados y vuelve a guardar.',
    'not-text': '{field}: escribe un texto.',
    'not-a-number': '{field}: escribe un número.',
    'not-a-whole-number': '{field}: escribe un número entero.',
    'out-of-range': '{field}: escribe un número entre {min} y {max}.',
    'not-yes-no': '{field}: elige sí o no.',
    'not-a-choice': '{field}: elige una de estas opciones: {choices}.',
    'not-a-list': '{field}: se esperaba una lista.',
    'none-chosen': '{field}: elige al menos una opción.',
    duplicate: '{field}: «{value}» aparece dos veces.',
    'not-an-amount':
      '{field}: escribe un importe como 25.00, sin símbolo de moneda ni separadores de miles.',
    'not-more-than-zero': '{field}: escribe un importe mayor que cero.',
    'too-many-decimals':
      '{field}: los importes en {currency} tienen como máximo {decimals} decimales.',
    'whole-amounts-only': '{field}: los importes en {currency} son números enteros, sin decimales.',
    'unknown-currency': '{field}: escribe un código de moneda de tres letras, como USD, GBP o EUR.',
    'not-a-time': '{field}: escribe una hora como 08:00 (formato de 24 horas).',
    'outside-legal-hours':
      '{field}: solo se permite contactar entre las 08:00 y las 21:00, hora local del cliente.',
    'start-not-before-end': '{field}: el inicio debe ser anterior al fin.',
    'unknown-time-zone':
      '{field}: escribe el nombre de una zona horaria, como Europe/Madrid o America/Mexico_City.',
    'not-a-field-key':
      '{field}: escribe la clave del campo tal como aparece en la configuración de campos (solo letras, dígitos, _ - .).',
    'too-long': '{field}: cada entrada puede tener como máximo {max} caracteres.',
    'too-many': '{field}: como máximo {max} entradas.',
    'empty-phrase': '{field}: elimina la entrada vacía.',
    'line-break':
      '{field}: una entrada no puede contener saltos de línea; pon cada frase en su propia línea.',
    'not-one-line': '{field}: escríbelo en una sola línea.',
    'text-too-long': '{field}: usa como máximo {max} caracteres.',
    'not-https-link':
      '{field}: escribe una dirección web segura que empiece por https://, o déjalo vacío.',
    'unknown-holiday-country':
      '{field}: escribe un código de país de dos letras como ES, MX o US, con región si quieres (ES-MD, US-CA), o déjalo vacío.',
    'not-a-date': '{field}: escribe cada día como una fecha del tipo 2026-12-24, una por línea.',
    invalid: '{field}: este valor no es válido.',
    'field-not-mapped':
      '{field} no está configurado, así que Tactful no puede leer este dato de sus registros. Indica el campo que lo contiene.',
    'flag-not-mapped':
      '{field} no está configurado, así que los controles de contacto no ven esta marca. Indica el campo que la contiene.',
    'nothing-blocks':
      '{field}: el guardado está configurado para bloquear, pero ninguna categoría bloquea. Elige las categorías que deben impedir el guardado.',
    'legal-risk-not-blocked':
      '{field}: {categories} pueden infringir la normativa de cobros; recomendamos bloquearlas.',
    'phrase-flagged-and-allowed':
      '{field}: «{value}» está marcada y permitida a la vez, así que se permitirá.',
    'company-name-missing':
      '{field} no está configurado, así que las plantillas que lo firman no se pueden completar. Indica el nombre con el que te conocen los clientes.',
  },
};

/** The translation table, one entry a locale; add a locale by adding a table. */
export const settingsMessages: Readonly<Record<SettingsLocale, Table>> = { en, es };

/** The name an admin sees for a tone category, e.g. "threats" / "amenazas". */
export function toneCategoryLabel(
  category: BlockableToneCategory,
  locale: SettingsLocale = 'en',
): string {
  return settingsMessages[locale].categories[category];
}

/** The label an admin sees for a setting, e.g. "Minimum instalment" / "Cuota mínima". */
export function settingsFieldLabel(field: SettingsField, locale: SettingsLocale = 'en'): string {
  return settingsMessages[locale].fields[field];
}

/**
 * The sentence for one error or attention item, with `{field}` and any params filled in.
 * A param the sentence does not mention is ignored; a placeholder without a param is left as is.
 */
export function settingsMessage(
  code: SettingsErrorCode | SettingsAttentionCode,
  field: SettingsField,
  params: MessageParams = {},
  locale: SettingsLocale = 'en',
): string {
  const table = settingsMessages[locale];
  const values: MessageParams = { ...params, field: table.fields[field] };
  return table.codes[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
