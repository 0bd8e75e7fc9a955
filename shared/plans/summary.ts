/**
 * The plain-language sentence an agent pastes into a reply, in English or Spanish, with amounts
 * and dates formatted for the customer's locale. It is content for the customer, so the core writes
 * it, but its words are the catalog's (`plans.summary.*` in shared/i18n), not this file's.
 */
import { formatLongDate } from '../calendar/calendar';
import { languageIn } from '../i18n/language';
import { createSummaryTranslator } from '../i18n/core';
import type { Translate } from '../i18n/translator';
import { formatMoney, type Money } from '../money/money';
import type { PlanOption } from './option';

/** Languages a summary can be written in. */
export const summaryLanguages = ['en', 'es'] as const;
export type SummaryLanguage = (typeof summaryLanguages)[number];

/** The summary language for a locale: Spanish for 'es', 'es-MX', …; English otherwise. */
export function summaryLanguageFor(locale: string): SummaryLanguage {
  return languageIn(locale, summaryLanguages) ?? 'en';
}

/** The catalog in each summary language (values come formatted, so the language is enough). */
const translators: Record<SummaryLanguage, Translate> = {
  en: createSummaryTranslator('en'),
  es: createSummaryTranslator('es'),
};

/** What a summary needs to know about the option, so a UI can summarise an edited option too. */
export type SummarisedOption = Pick<
  PlanOption,
  'kind' | 'frequency' | 'instalments' | 'total' | 'discount' | 'downPayment'
>;

/**
 * One or two sentences describing the option, e.g. "6 payments of $120.00 every two weeks, from
 * 5 December 2026 to 19 February 2027. Total $720.00." A last payment that differs is named.
 */
export function summarizeOption(
  option: SummarisedOption,
  locale: string,
  language: SummaryLanguage = summaryLanguageFor(locale),
): string {
  const money = (amount: Money): string => formatMoney(amount, locale);
  const date = (due: Parameters<typeof formatLongDate>[0]): string => formatLongDate(due, locale);
  const t = translators[language];
  const first = option.instalments[0];
  const last = option.instalments[option.instalments.length - 1];
  if (first === undefined || last === undefined) throw new Error('A plan option has no payments');

  if (option.kind !== 'instalments' || option.frequency === 'once') {
    if (option.kind === 'settlement') {
      const balance = {
        minor: option.total.minor + option.discount.minor,
        currency: option.total.currency,
      };
      return t('plans.summary.settlement', {
        total: money(option.total),
        date: date(first.due),
        balance: money(balance),
        discount: money(option.discount),
      });
    }
    return t('plans.summary.once', { total: money(option.total), date: date(first.due) });
  }

  const parts: string[] = [];
  const regular =
    option.downPayment === undefined ? option.instalments : option.instalments.slice(1);
  if (option.downPayment !== undefined) {
    parts.push(
      t('plans.summary.downPayment', { amount: money(option.downPayment), date: date(first.due) }),
    );
  }
  const head = regular[0];
  const tail = regular[regular.length - 1];
  if (head === undefined || tail === undefined) throw new Error('A plan option has no instalments');
  const count = regular.length;
  const run = {
    count,
    frequency: option.frequency,
    amount: money(head.amount),
    first: date(head.due),
    last: date(tail.due),
  };
  if (count === 1) {
    parts.push(t('plans.summary.onePayment', { amount: run.amount, date: run.first }));
  } else if (tail.amount.minor === head.amount.minor) {
    parts.push(t('plans.summary.equalPayments', run));
  } else {
    parts.push(
      t('plans.summary.lastDiffers', { ...run, before: count - 1, lastAmount: money(tail.amount) }),
    );
  }
  parts.push(t('plans.summary.total', { total: money(option.total) }));
  const sentence = parts.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
