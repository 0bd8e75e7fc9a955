/**
 * A promise the customer wrote, offered to the plans panel as a pre-fill (issue 20): the amount in
 * minor units with its currency and the calendar day in the customer's time zone. The plans panel
 * listens with `usePromiseOffers` and fills its form; the agent checks it and saves, or not.
 */
import type { PromiseOffer } from '../../../shared/signals/promise-offer';
import { requestChannel } from './request-channel';

const channel = requestChannel<PromiseOffer>();

/** Offers `offer` to the promise form; kept until a form is there to take it. */
export const offerPromise: (offer: PromiseOffer) => void = channel.send;

/** Calls `onOffer` (keep it stable) for each offer, and at once for one that was waiting. */
export const usePromiseOffers: (onOffer: (offer: PromiseOffer) => void) => void =
  channel.useRequests;
