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
  const { texts, missing, invalid } = fillParts(template, values, locale);
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
  return ok(fillBody(template.body, texts, (whole) => whole));
}

/** The text of every placeholder that can be filled, and those missing or unusable. */
function fillParts(template: OutreachTemplate, values: TemplateValues, locale: string) {
  const texts = new Map<string, string>();
  const missing: TemplatePlaceholder[] = [];
  const invalid: TemplatePlaceholder[] = [];
  for (const name of placeholdersOf(template)) {
    const result = textFor(name, values, locale);
    if (result === 'missing') missing.push(name);
    else if (result === 'invalid') invalid.push(name);
    else texts.set(name, result.text);
  }
  return { texts, missing, invalid };
}

/**
 * One pass over the original body, so a value that itself contains "{{...}}" stays as typed;
 * `unfilled` writes a placeholder there is no text for.
 */
function fillBody(
  body: string,
  texts: ReadonlyMap<string, string>,
  unfilled: (whole: string, name: string) => string,
): string {
  return body.replace(
    placeholderPattern,
    (whole, name: string) => texts.get(name) ?? unfilled(whole, name),
  );
}

/** A template filled as far as the values go, and what it still needs. */
export interface FilledTemplate {
  /** The body with every usable value in, and `mark(name)` where one is missing or unusable. */
  text: string;
  /** The parts marked because no value was given, in order of first use. */
  missing: TemplatePlaceholder[];
  /** The parts marked because the value cannot be used (a malformed date, a non-http link). */
  invalid: TemplatePlaceholder[];
}

/**
 * The template filled with what can be filled, every other part written as `mark(name)` (a host
 * marks it clearly in its user's language), so an agent starts from the text and fills in the rest.
 * An unusable `locale` falls back to the template's language.
 */
export function fillTemplate(
  template: OutreachTemplate,
  values: TemplateValues,
  locale: string,
  mark: (name: TemplatePlaceholder) => string,
): FilledTemplate {
  const { texts, missing, invalid } = fillParts(
    template,
    values,
    isLocale(locale) ? locale : template.locale,
  );
  const isPlaceholder = (name: string): name is TemplatePlaceholder =>
    (templatePlaceholders as readonly string[]).includes(name);
  const text = fillBody(template.body, texts, (whole, name) =>
    isPlaceholder(name) ? mark(name) : whole,
  );
  return { text, missing, invalid };
}
