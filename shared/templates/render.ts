/**
 * Fills a template for one customer: names as given, money and dates formatted for the customer's
 * locale. The result is plain text; hosts render it as text, never as HTML.
 */
import { isKnownCurrency, formatMoney, type Money } from '../money/money';
import { formatLongDate, parsePlainDate } from '../calendar/calendar';
import { err, ok, type Result } from '../ports';
import { templatePlaceholders, type OutreachTemplate, type TemplatePlaceholder } from './types';

/** What a template may be filled with; only the placeholders a template uses are needed. */
export interface TemplateValues {
  customerName?: string;
  /** The amount the message is about (balance, instalment or payment). */
  amount?: Money;
  /** A calendar date, 'YYYY-MM-DD', in the customer's time zone. */
  dueDate?: string;
  /** An http(s) link where the customer can pay. */
  paymentLink?: string;
  agentName?: string;
  companyName?: string;
}

/** Why a template could not be filled; `placeholders` names the values to supply or fix. */
export interface TemplateError {
  code: 'missing-values' | 'invalid-values' | 'invalid-locale';
  placeholders: TemplatePlaceholder[];
  message: string;
}

const placeholderPattern = /\{\{(\w+)\}\}/g;

/** The placeholder names in a template body, in order of first use (unknown names included). */
export function placeholdersIn(body: string): string[] {
  const names = [...body.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}

/** The known placeholders a template needs values for. */
export function placeholdersOf(template: OutreachTemplate): TemplatePlaceholder[] {
  const used = new Set(placeholdersIn(template.body));
  return templatePlaceholders.filter((name) => used.has(name));
}

/** One line of text: runs of white space (including line breaks) become one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const paymentLinkPattern = /^https?:\/\/[^\s<>"'{}]+$/i;

function isLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}

/** The text for one placeholder, or why the value cannot be used (`undefined` = missing). */
function textFor(
  name: TemplatePlaceholder,
  values: TemplateValues,
  locale: string,
): { text: string } | 'missing' | 'invalid' {
  switch (name) {
    case 'amount': {
      const amount = values.amount;
      if (amount === undefined) return 'missing';
      if (!isKnownCurrency(amount.currency) || amount.minor < 0n) return 'invalid';
      return { text: formatMoney(amount, locale) };
    }
    case 'dueDate': {
      if (values.dueDate === undefined || values.dueDate.trim() === '') return 'missing';
      const date = parsePlainDate(values.dueDate.trim());
      return date === undefined ? 'invalid' : { text: formatLongDate(date, locale) };
    }
    case 'paymentLink': {
      const link = values.paymentLink?.trim() ?? '';
      if (link === '') return 'missing';
      return paymentLinkPattern.test(link) ? { text: link } : 'invalid';
    }
    case 'customerName':
    case 'agentName':
    case 'companyName': {
      const text = oneLine(values[name] ?? '');
      return text === '' ? 'missing' : { text };
    }
  }
}

/**
 * The template's body with every placeholder filled for `locale` (a BCP 47 tag such as 'en-GB' or
 * 'es-MX': it sets number and date formats, not the template's language). Fails with the names of
 * values that are missing (empty counts as missing) or unusable: a date that is not a real
 * 'YYYY-MM-DD', a negative amount, a link that is not http(s).
 */
export function renderTemplate(
  template: OutreachTemplate,
  values: TemplateValues,
  locale: string,
): Result<string, TemplateError> {
  if (!isLocale(locale)) {
    return err({
      code: 'invalid-locale',
      placeholders: [],
      message: `"${locale}" is not a locale`,
    });
  }
  const texts = new Map<string, string>();
  const missing: TemplatePlaceholder[] = [];
  const invalid: TemplatePlaceholder[] = [];
  for (const name of placeholdersOf(template)) {
    const result = textFor(name, values, locale);
    if (result === 'missing') missing.push(name);
    else if (result === 'invalid') invalid.push(name);
    else texts.set(name, result.text);
  }
  if (missing.length > 0) {
    return err({
      code: 'missing-values',
      placeholders: missing,
      message: `Template ${template.id} needs: ${missing.join(', ')}`,
    });
  }
  if (invalid.length > 0) {
    return err({
      code: 'invalid-values',
      placeholders: invalid,
      message: `Template ${template.id} cannot use these values: ${invalid.join(', ')}`,
    });
  }
  // One pass over the original body, so a value that itself contains "{{...}}" stays as typed.
  return ok(
    template.body.replace(placeholderPattern, (whole, name: string) => texts.get(name) ?? whole),
  );
}
