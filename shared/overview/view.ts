/**
 * The customer overview's view model, the same for every host: who the customer is, their local
 * time now, and their balance with where its due date stands from the customer's own today (a debt
 * is not past due early in their morning). Takes the moment and the viewer's locale; reads no clock.
 */
import { DateTime } from 'luxon';
import { daysBetween, parsePlainDate } from '../calendar/calendar';
import type { Translate } from '../i18n/translate';
import { formatMoney, type Money } from '../money/money';
import type { Emphasis } from '../view/emphasis';

/** Where the due date stands from the customer's today. */
export type DueStatus =
  { kind: 'upcoming'; days: number } | { kind: 'today' } | { kind: 'past-due'; days: number };

/** How a due date is marked: due today is a caution, past due is bad, later is a plain fact. */
export const dueEmphasis = {
  upcoming: 'info',
  today: 'caution',
  'past-due': 'bad',
} as const satisfies Record<DueStatus['kind'], Emphasis>;

/** The customer as a host reads them. */
export interface OverviewCustomer {
  readonly name: string;
  readonly email?: string | undefined;
  /** IANA zone, when known. */
  readonly timeZone?: string | undefined;
  readonly balance?: { readonly amount: Money; readonly dueDate?: string | undefined } | undefined;
}

/** What the overview shows. */
export interface CustomerView {
  name: string;
  email?: string;
  timeZone?: string;
  /** The customer's local time now, e.g. "9:41 AM", when their time zone is known. */
  localTime?: string;
  balance?: {
    /** "$1,250.00", "¥120,000", formatted for the viewer's locale. */
    amount: string;
    currency: string;
    dueDate?: string;
    due?: DueStatus;
  };
}

/** Where `dueDate` (YYYY-MM-DD) stands on `today`; undefined when either is not a date. */
export function dueStatus(dueDate: string, today: string): DueStatus | undefined {
  const due = parsePlainDate(dueDate);
  const day = parsePlainDate(today);
  if (due === undefined || day === undefined) return undefined;
  const days = daysBetween(day, due);
  if (days === 0) return { kind: 'today' };
  return days > 0 ? { kind: 'upcoming', days } : { kind: 'past-due', days: -days };
}

/** Where the due date stands, in the viewer's words: "Due in 3 days", "1 day past due". */
export function dueText(t: Translate, due: DueStatus): string {
  if (due.kind === 'today') return t('customer.dueToday');
  // One day is its own message rather than an ICU plural: plain text ships smaller in first paint.
  if (due.kind === 'upcoming') {
    return due.days === 1 ? t('customer.dueInOneDay') : t('customer.dueInDays', { days: due.days });
  }
  return due.days === 1
    ? t('customer.oneDayPastDue')
    : t('customer.daysPastDue', { days: due.days });
}

/** The overview of `customer` for a viewer in `locale` at `now`. */
export function customerView(customer: OverviewCustomer, locale: string, now: Date): CustomerView {
  const view: CustomerView = { name: customer.name };
  if (customer.email) view.email = customer.email;
  const zone = customer.timeZone;
  const localNow = zone ? DateTime.fromJSDate(now, { zone }) : undefined;
  if (zone && localNow?.isValid) {
    view.timeZone = zone;
    view.localTime = localNow.setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
  }
  const balance = customer.balance;
  if (!balance) return view;
  view.balance = { amount: formatMoney(balance.amount, locale), currency: balance.amount.currency };
  if (balance.dueDate) {
    view.balance.dueDate = DateTime.fromISO(balance.dueDate)
      .setLocale(locale)
      .toLocaleString(DateTime.DATE_MED);
    const today = (
      localNow?.isValid ? localNow : DateTime.fromJSDate(now, { zone: 'utc' })
    ).toISODate();
    const due = today === null ? undefined : dueStatus(balance.dueDate, today);
    if (due) view.balance.due = due;
  }
  return view;
}
