/**
 * The customer overview's view model, the same for every host: who the customer is, their local
 * time now, and their balance with where its due date stands from the customer's own today (a debt
 * is not past due early in their morning). Takes the moment and the viewer's locale; reads no clock.
 */
import {
  daysBetween,
  formatMediumDate,
  isValidTimeZone,
  parsePlainDate,
  todayIn,
} from '../calendar/calendar';
import { timeOfDayIn } from '../calendar/time-of-day';
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

/** The due status as both hosts tag it: its words and how it is marked. */
export function dueTag(t: Translate, due: DueStatus): { text: string; emphasis: Emphasis } {
  return { text: dueText(t, due), emphasis: dueEmphasis[due.kind] };
}

/** The overview of `customer` for a viewer in `locale` at `now`. */
export function customerView(customer: OverviewCustomer, locale: string, now: Date): CustomerView {
  const view: CustomerView = { name: customer.name };
  if (customer.email) view.email = customer.email;
  const zone =
    customer.timeZone && isValidTimeZone(customer.timeZone) ? customer.timeZone : undefined;
  const localTime = zone === undefined ? undefined : timeOfDayIn(now, zone, locale);
  if (zone !== undefined && localTime !== undefined) {
    view.timeZone = zone;
    view.localTime = localTime;
  }
  const balance = customer.balance;
  if (!balance) return view;
  view.balance = { amount: formatMoney(balance.amount, locale), currency: balance.amount.currency };
  if (balance.dueDate) {
    const dueDate = parsePlainDate(balance.dueDate);
    view.balance.dueDate =
      dueDate === undefined ? balance.dueDate : formatMediumDate(dueDate, locale);
    // The customer's calendar day, or UTC's when their zone is not known.
    const due = dueStatus(balance.dueDate, todayIn(now, zone ?? 'UTC'));
    if (due) view.balance.due = due;
  }
  return view;
}
