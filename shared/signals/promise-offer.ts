/**
 * A promise the customer wrote ("I can pay £50 on Friday"), offered to the agent as a promise to
 * pay: the amount in minor units with its currency and the calendar day in the customer's time
 * zone, as the reader parsed them. Hosts pass this to their plan or promise form as a pre-fill;
 * the agent still checks and saves it. `promiseToRecord` decides when a host offers the one-click
 * promise to pay and what it pre-fills; `confirmedPromise` reads the form the agent confirms.
 */
import { parsePlainDate, type PlainDate } from '../calendar/calendar';
import { parseDecimal, parseLocalized, toDecimal, type Money } from '../money/money';
import type { MessageKey } from '../i18n';
import { err, ok, type Result } from '../ports';
import type { SignalItem } from './view';

/** What a promise form starts from. Either part may be missing when the customer left it out. */
export interface PromiseOffer {
  /** The comment or email the words come from. */
  messageId: string;
  /** Integer minor units and ISO 4217 currency. */
  amount?: { minor: number; currency: string };
  /** Calendar date (YYYY-MM-DD) in the customer's time zone. */
  dueDate?: string;
  /** The customer's words, shown as text beside the form. */
  excerpt: string;
}

/**
 * The pre-fill for a promise signal, or undefined when `item` is no promise or says neither how
 * much nor when (nothing to fill). A date before `today` is left out: a promise is never due in
 * the past, and the agent asks again rather than book one.
 */
export function promiseOffer(item: SignalItem, today: string): PromiseOffer | undefined {
  if (item.kind !== 'promise' || item.promise === undefined) return undefined;
  const { amount, date } = item.promise;
  const validAmount =
    amount !== undefined && Number.isSafeInteger(amount.minor) && amount.minor > 0
      ? amount
      : undefined;
  const dueDate = date !== undefined && date >= today ? date : undefined;
  if (validAmount === undefined && dueDate === undefined) return undefined;
  const offer: PromiseOffer = { messageId: item.commentId, excerpt: item.excerpt };
  if (validAmount) offer.amount = { minor: validAmount.minor, currency: validAmount.currency };
  if (dueDate) offer.dueDate = dueDate;
  return offer;
}

/** Why a promise signal offers no one-click promise to pay (the agent records it by hand). */
export type PromiseNotOffered =
  /** The customer named no amount, or no day: nothing complete to confirm. */
  | 'incomplete'
  /** The day named has passed: the agent asks for a new one rather than book a broken promise. */
  | 'past-date'
  /** The amount is in another currency than the account's balance. */
  | 'other-currency'
  /** The account has no balance (so no currency) to record a promise against. */
  | 'no-account';

/** A promise ready for the agent to confirm: every part filled in, from comment `messageId`. */
export interface PromisePrefill {
  messageId: string;
  amount: { minor: number; currency: string };
  dueDate: PlainDate;
  excerpt: string;
}

/** What a promise signal offers: the pre-filled promise to pay, or why there is none. */
export type PromiseToRecord =
  { offered: true; prefill: PromisePrefill } | { offered: false; why: PromiseNotOffered };

/**
 * Whether a "record promise to pay" button shows for `item`, and what it pre-fills: undefined for a
 * signal that is no promise; otherwise the amount (minor units, in the account's currency), the
 * day (a calendar date in the customer's zone, today or later) and the comment, or why not.
 * `account.currency` is the balance's currency, undefined when the customer has no balance.
 */
export function promiseToRecord(
  item: SignalItem,
  account: { today: string; currency: string | undefined },
): PromiseToRecord | undefined {
  if (item.kind !== 'promise') return undefined;
  const amount = item.promise?.amount;
  const date = item.promise?.date === undefined ? undefined : parsePlainDate(item.promise.date);
  const wholeAmount =
    amount !== undefined && Number.isSafeInteger(amount.minor) && amount.minor > 0;
  if (!wholeAmount || date === undefined) return { offered: false, why: 'incomplete' };
  if (date < account.today) return { offered: false, why: 'past-date' };
  if (account.currency === undefined) return { offered: false, why: 'no-account' };
  if (amount.currency !== account.currency) return { offered: false, why: 'other-currency' };
  const prefill: PromisePrefill = {
    messageId: item.commentId,
    amount: { minor: amount.minor, currency: amount.currency },
    dueDate: date,
    excerpt: item.excerpt,
  };
  return { offered: true, prefill };
}

/**
 * Whether the account must be read to offer a promise to pay: some promise in `items` names both
 * an amount and a day (most tickets hold none, and pay no read for it).
 */
export function needsPromiseAccount(items: readonly SignalItem[]): boolean {
  return items.some(
    (item) => item.promise?.amount !== undefined && item.promise.date !== undefined,
  );
}

/** The promise form as the agent left it: the amount and day as typed, pre-filled from a prefill. */
export interface PromiseForm {
  amount: string;
  dueDate: string;
}

/** Why a confirmed form cannot be recorded, one per field. */
export type PromiseFormProblem =
  | { field: 'amount'; error: 'malformed' | 'not-positive' }
  | { field: 'dueDate'; error: 'malformed' | 'past' };

/** The form a prefill opens with: the amount as a plain decimal, the day as YYYY-MM-DD. */
export function promiseFormFrom(prefill: PromisePrefill): PromiseForm {
  const amount = { minor: BigInt(prefill.amount.minor), currency: prefill.amount.currency };
  return { amount: toDecimal(amount), dueDate: prefill.dueDate };
}

/** The amount as pre-filled ("1250.50"), else as the agent types it in their locale ("1.250,50"). */
function typedAmount(text: string, locale: string, currency: string): Result<Money, unknown> {
  const plain = parseDecimal(text, currency);
  return plain.ok ? plain : parseLocalized(text, locale, currency);
}

/** A promise the agent confirmed: the amount in the account's currency, and the day. */
export interface ConfirmedPromise {
  amount: Money;
  dueDate: PlainDate;
}

/**
 * The promise the agent confirmed, or every field that cannot be used: the amount read in the
 * account's `currency` (more than zero), the day a real date, today or later.
 */
export function confirmedPromise(
  form: PromiseForm,
  context: { today: string; currency: string; locale: string },
): Result<ConfirmedPromise, PromiseFormProblem[]> {
  const problems: PromiseFormProblem[] = [];
  const amount = typedAmount(form.amount.trim(), context.locale, context.currency);
  if (!amount.ok) problems.push({ field: 'amount', error: 'malformed' });
  else if (amount.value.minor <= 0n) problems.push({ field: 'amount', error: 'not-positive' });
  const dueDate = parsePlainDate(form.dueDate.trim());
  if (dueDate === undefined) problems.push({ field: 'dueDate', error: 'malformed' });
  else if (dueDate < context.today) problems.push({ field: 'dueDate', error: 'past' });
  if (!amount.ok || dueDate === undefined || problems.length > 0) return err(problems);
  return ok({ amount: amount.value, dueDate });
}

const problemCodes = {
  amount: {
    malformed: 'signals.promise.problem.amount',
    'not-positive': 'signals.promise.problem.amountPositive',
  },
  dueDate: { malformed: 'signals.promise.problem.date', past: 'signals.promise.problem.pastDate' },
} as const satisfies Record<string, Record<string, MessageKey>>;

/** The catalog code of each field's problem, for the message under it; none for a good field. */
export function promiseProblemCodes(
  problems: readonly PromiseFormProblem[],
): Partial<Record<PromiseFormProblem['field'], MessageKey>> {
  const codes: Partial<Record<PromiseFormProblem['field'], MessageKey>> = {};
  for (const problem of problems) {
    codes[problem.field] =
      problem.field === 'amount'
        ? problemCodes.amount[problem.error]
        : problemCodes.dueDate[problem.error];
  }
  return codes;
}
