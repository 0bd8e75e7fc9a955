/**
 * What the overview panel shows, as plain text ready to render: the customer, their balance
 * formatted for the reader's locale, and how the due date stands against today in the customer's
 * time zone. Pure: `today` comes in; nothing here reads the clock or the host.
 */
import { isValidTimeZone, parsePlainDate, todayIn } from '../../../../shared/calendar/calendar';
import { formatDate } from '../../../../shared/calendar/display';
import { formatMoney, type Money } from '../../../../shared/money/money';
import { dueStatus, type DueStatus } from '../../../../shared/overview/view';
import { err, ok, type Result } from '../../../../shared/ports';
import {
  readCustomerAccount,
  type ActiveFlag,
  type BalanceReading,
  type Customer,
  type CustomerAccount,
  type PropertyProblem,
} from '../host/customer-account';
import { flagSources, type FlagKind } from '../../contract';
import type { Translate } from '../../../../shared/i18n';
import type { InvoiceBalance } from '../host/invoice-balance';

/** The customer as the agent reads them. */
export interface CustomerView {
  name: string;
  email?: string;
  /** Short facts: language, time zone. */
  details: string[];
}

/** How the balance reads on the card. */
export type BalanceView =
  | { kind: 'none' }
  | { kind: 'unreadable'; problems: string[] }
  | { kind: 'clear'; amount: string }
  | {
      kind: 'outstanding';
      amount: string;
      dueDate?: string;
      due?: DueStatus;
    };

/** A contact flag as the agent reads it. */
export interface FlagView {
  kind: FlagKind;
  since: string;
  reason?: string;
}

/** Everything the overview shows. */
export interface AccountOverview {
  customer: CustomerView;
  balance: BalanceView;
  flags: FlagView[];
  /** Flag values that could not be read, one sentence each. */
  flagProblems: string[];
}

/**
 * The account as the overview shows it, for a reader in `locale` at `now`; the balance's due date
 * counts against today in the customer's zone, else `fallbackZone` (the portal's).
 */
export function describeAccount(
  account: CustomerAccount,
  options: { now: Date; fallbackZone: string; locale: string; t: Translate },
): AccountOverview {
  const { locale, t } = options;
  const today = calendarToday(options.now, account.customer.timeZone ?? options.fallbackZone);
  return {
    customer: describeCustomer(account.customer, locale),
    balance: describeBalance(account.balance, { today, locale, t }),
    flags: describeFlags(account.flags, locale),
    flagProblems: account.flagProblems.map((problem) => describeProblem(problem, t)),
  };
}

/**
 * The overview of the contact's properties as read (`properties`), or what to say instead: that
 * they could not be read, or that the contact's record could not be understood.
 */
export function overviewOf(
  properties: Result<unknown, { message: string }>,
  options: { now: Date; fallbackZone: string; locale: string; t: Translate },
): Result<AccountOverview, { title: string; body: string }> {
  const { t } = options;
  if (!properties.ok) {
    return err({ title: t('card.overview.loadFailed'), body: properties.error.message });
  }
  const account = readCustomerAccount(properties.value);
  if (!account.ok) {
    return err({ title: t('card.overview.contactUnreadable'), body: account.error.message });
  }
  return ok(describeAccount(account.value, options));
}

/** The customer's name (or email, or a placeholder), email, language and time zone. */
export function describeCustomer(customer: Customer, locale: string): CustomerView {
  const fullName = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
  const details: string[] = [];
  if (customer.language) details.push(languageName(customer.language, locale));
  if (customer.timeZone) details.push(customer.timeZone);
  return {
    name: fullName || customer.email || 'Unnamed contact',
    email: customer.email,
    details,
  };
}

/** The balance for the reader's locale, with days past due counted in calendar days. */
export function describeBalance(
  reading: BalanceReading,
  options: { today: string; locale: string; t: Translate },
): BalanceView {
  if (reading.kind === 'none') return { kind: 'none' };
  if (reading.kind === 'unreadable') {
    return {
      kind: 'unreadable',
      problems: reading.problems.map((problem) => describeProblem(problem, options.t)),
    };
  }
  const { amount, dueDate } = reading.balance;
  const formatted = formatMoney(amount, options.locale);
  if (amount.minor <= 0n) return { kind: 'clear', amount: formatted };
  const due = dueDate === undefined ? undefined : parsePlainDate(dueDate);
  const status = dueDate === undefined ? undefined : dueStatus(dueDate, options.today);
  if (due === undefined || status === undefined) return { kind: 'outstanding', amount: formatted };
  return {
    kind: 'outstanding',
    amount: formatted,
    dueDate: formatDate(due, options.locale),
    due: status,
  };
}

/** The invoice balance as the agent reads it. */
export interface InvoiceBalanceView {
  openInvoices: number;
  /** Amounts due for the reader's locale ("$120.00", one per currency); empty when nothing is due. */
  amounts: string[];
}

/** The balance due on the contact's open invoices, for the reader's locale. */
export function describeInvoiceBalance(
  balance: InvoiceBalance,
  locale: string,
): InvoiceBalanceView {
  return {
    openInvoices: balance.openInvoices,
    amounts: balance.balanceDue
      .filter((amount: Money) => amount.minor !== 0n)
      .map((amount) => formatMoney(amount, locale)),
  };
}

/** Active flags with readable dates (hosts name each kind from the catalog). */
export function describeFlags(flags: readonly ActiveFlag[], locale: string): FlagView[] {
  return flags.map((flag) => ({
    kind: flag.kind,
    since: formatDate(flag.since, locale),
    reason: flag.reason,
  }));
}

/** A property problem in one sentence of `t`'s language, naming the property so an admin can fix it. */
export function describeProblem(problem: PropertyProblem, t: Translate): string {
  return t(`card.propertyProblem.${problem.code}`, {
    property: problem.property,
    value: problem.value,
    currency: problem.currency ?? '',
    sources: flagSources.join(', '),
  });
}

/** Today's calendar date (YYYY-MM-DD) in the given IANA time zone at the instant `now`. */
export function calendarToday(now: Date, timeZone: string): string {
  if (Number.isNaN(now.getTime())) throw new Error('Invalid instant');
  // A zone the runtime does not know reads as UTC, so the card still shows a date.
  return todayIn(now, isValidTimeZone(timeZone) ? timeZone : 'UTC');
}

function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
