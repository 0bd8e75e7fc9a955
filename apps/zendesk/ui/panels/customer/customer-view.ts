/**
 * The customer card's view model: plain, formatted data for the agent, computed from the customer
 * account, the agent's locale and the current moment (passed in, never read here).
 */
import { DateTime } from 'luxon';
import { daysBetween, parsePlainDate } from '../../../../../shared/calendar/calendar';
import { formatMoney } from '../../../../../shared/money/money';
import type { CustomerAccount } from '../../../host/customer';

/** Where the due date stands from the customer's today. */
export type DueStatus =
  { kind: 'upcoming'; days: number } | { kind: 'today' } | { kind: 'past-due'; days: number };

/** What the customer card shows. */
export interface CustomerView {
  name: string;
  email?: string;
  timeZone?: string;
  /** The customer's local time now, e.g. "9:41 AM", when their time zone is known. */
  localTime?: string;
  balance?: {
    /** "$1,250.00", "¥120,000", formatted for the agent's locale. */
    amount: string;
    currency: string;
    dueDate?: string;
    due?: DueStatus;
  };
}

/** The card's view model for `account` as the agent sees it at `now`. */
export function customerView(
  account: CustomerAccount,
  agentLocale: string,
  now: Date,
): CustomerView {
  const view: CustomerView = { name: account.name };
  if (account.email) view.email = account.email;
  const zone = account.timeZone;
  const localNow = zone ? DateTime.fromJSDate(now, { zone }) : undefined;
  if (zone && localNow?.isValid) {
    view.timeZone = zone;
    view.localTime = localNow.setLocale(agentLocale).toLocaleString(DateTime.TIME_SIMPLE);
  }
  const balance = account.balance;
  if (balance) {
    view.balance = {
      amount: formatMoney(balance.amount, agentLocale),
      currency: balance.amount.currency,
    };
    if (balance.dueDate) {
      const due = DateTime.fromISO(balance.dueDate);
      view.balance.dueDate = due.setLocale(agentLocale).toLocaleString(DateTime.DATE_MED);
      // "Today" is the customer's calendar day: a debt is not past due early in their morning.
      const today = parsePlainDate(
        (localNow ?? DateTime.fromJSDate(now, { zone: 'utc' })).toISODate() ?? '',
      );
      const dueDate = parsePlainDate(balance.dueDate);
      const days = today && dueDate ? daysBetween(today, dueDate) : undefined;
      if (days !== undefined) {
        view.balance.due =
          days > 0
            ? { kind: 'upcoming', days }
            : days === 0
              ? { kind: 'today' }
              : { kind: 'past-due', days: -days };
      }
    }
  }
  return view;
}
