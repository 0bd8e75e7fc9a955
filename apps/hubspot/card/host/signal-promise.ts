/**
 * Records a promise the customer wrote in an email as a promise to pay, through the backend's
 * idempotent promise write (a note and a task in HubSpot). The key names the email, the day and
 * the amount, so a second click, or a retry after a lost reply, records it once.
 */
import type { Result } from '../../../../shared/ports';
import { toDecimal } from '../../../../shared/money/money';
import type { PromiseOffer } from '../../../../shared/signals/promise-offer';
import { backendPaths, promiseWriteReplySchema } from '../../contract';
import type { BackendClient, BackendError } from './backend-client';

/** A promise offer with both parts, the only kind that can be recorded in one click. */
export interface CompletePromiseOffer extends PromiseOffer {
  amount: { minor: number; currency: string };
  dueDate: string;
}

/** True when `offer` says how much and when. */
export function isCompletePromiseOffer(offer: PromiseOffer): offer is CompletePromiseOffer {
  return offer.amount !== undefined && offer.dueDate !== undefined;
}

/** The write's idempotency key: the email, the day and the amount (within the contract's 128). */
export function promiseOfferKey(offer: CompletePromiseOffer): string {
  const { minor, currency } = offer.amount;
  return `signal-promise:${offer.messageId}:${offer.dueDate}:${minor}${currency}`.slice(0, 128);
}

/** Records `offer` on the contact; `summary` is the note's text (the customer's words). */
export async function recordPromiseOffer(
  backend: BackendClient,
  contactId: string,
  offer: CompletePromiseOffer,
  summary: string,
): Promise<Result<{ replayed: boolean }, BackendError>> {
  const amount = {
    amount: toDecimal({ minor: BigInt(offer.amount.minor), currency: offer.amount.currency }),
    currency: offer.amount.currency,
  };
  const reply = await backend.request(
    {
      method: 'POST',
      path: backendPaths.promises(contactId),
      body: {
        idempotencyKey: promiseOfferKey(offer),
        amount,
        due: offer.dueDate,
        channel: 'email',
        summary: summary.slice(0, 2000),
      },
    },
    promiseWriteReplySchema,
  );
  return reply.ok ? { ok: true, value: { replayed: reply.value.replayed } } : reply;
}
