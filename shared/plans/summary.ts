/**
 * The plain-language sentence an agent pastes into a reply, in English or Spanish, with amounts
 * and dates formatted for the customer's locale.
 */
import { formatLongDate } from '../calendar/calendar';
import { formatMoney, type Money } from '../money/money';
import type { Frequency } from './frequency';
import type { PlanOption } from './option';

/** Languages a summary can be written in. */
export const summaryLanguages = ['en', 'es'] as const;
export type SummaryLanguage = (typeof summaryLanguages)[number];

/** The summary language for a locale: Spanish for 'es', 'es-MX', …; English otherwise. */
export function summaryLanguageFor(locale: string): SummaryLanguage {
  return locale.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

const every: Record<SummaryLanguage, Record<Frequency, string>> = {
  en: {
    weekly: 'every week',
    biweekly: 'every two weeks',
    semimonthly: 'twice a month',
    monthly: 'every month',
  },
  es: {
    weekly: 'cada semana',
    biweekly: 'cada dos semanas',
    semimonthly: 'dos veces al mes',
    monthly: 'cada mes',
  },
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
  const es = language === 'es';
  const first = option.instalments[0];
  const last = option.instalments[option.instalments.length - 1];
  if (first === undefined || last === undefined) throw new Error('A plan option has no payments');

  if (option.kind !== 'instalments' || option.frequency === 'once') {
    if (option.kind === 'settlement') {
      const balance = {
        minor: option.total.minor + option.discount.minor,
        currency: option.total.currency,
      };
      return es
        ? `Un pago de ${money(option.total)} el ${date(first.due)} salda el saldo de ${money(balance)} (un descuento de ${money(option.discount)}).`
        : `One payment of ${money(option.total)} on ${date(first.due)} settles the balance of ${money(balance)} (a discount of ${money(option.discount)}).`;
    }
    return es
      ? `Un pago de ${money(option.total)} el ${date(first.due)}.`
      : `One payment of ${money(option.total)} on ${date(first.due)}.`;
  }

  const parts: string[] = [];
  const regular =
    option.downPayment === undefined ? option.instalments : option.instalments.slice(1);
  if (option.downPayment !== undefined) {
    parts.push(
      es
        ? `Un primer pago de ${money(option.downPayment)} el ${date(first.due)}, y luego`
        : `A first payment of ${money(option.downPayment)} on ${date(first.due)}, then`,
    );
  }
  const head = regular[0];
  const tail = regular[regular.length - 1];
  if (head === undefined || tail === undefined) throw new Error('A plan option has no instalments');
  const count = regular.length;
  const frequency = every[language][option.frequency];
  const range = es
    ? `del ${date(head.due)} al ${date(tail.due)}`
    : `from ${date(head.due)} to ${date(tail.due)}`;
  if (count === 1) {
    parts.push(
      es
        ? `un pago de ${money(head.amount)} el ${date(head.due)}.`
        : `one payment of ${money(head.amount)} on ${date(head.due)}.`,
    );
  } else if (tail.amount.minor === head.amount.minor) {
    parts.push(
      es
        ? `${count} pagos de ${money(head.amount)} ${frequency}, ${range}.`
        : `${count} payments of ${money(head.amount)} ${frequency}, ${range}.`,
    );
  } else {
    parts.push(
      es
        ? `${count} pagos ${frequency}, ${range}: ${count - 1} de ${money(head.amount)} y un último pago de ${money(tail.amount)}.`
        : `${count} payments ${frequency}, ${range}: ${count - 1} of ${money(head.amount)} and a last payment of ${money(tail.amount)}.`,
    );
  }
  parts.push(es ? `Total: ${money(option.total)}.` : `Total ${money(option.total)}.`);
  const sentence = parts.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
