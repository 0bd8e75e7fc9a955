/**
 * A promise the customer wrote ("I can pay £50 on Friday"), offered to the agent as a promise to
 * pay: the amount in minor units with its currency and the calendar day in the customer's time
 * zone, as the reader parsed them. Hosts pass this to their plan or promise form as a pre-fill;
 * the agent still checks and saves it.
 */
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
