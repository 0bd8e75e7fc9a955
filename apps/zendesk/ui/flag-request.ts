/**
 * A request from one panel to the flag form (in the history panel): either fill the form with a
 * flag and reason for the agent to read and set, or, when the agent already chose in one click
 * (the customer's signals), set the flag with that reason and the message it came from. A request
 * made before the history panel has loaded waits for it.
 */
import { useEffect } from 'react';
import type { FlagEditRequest } from '../../../shared/history/flag-editor';
import { createRequestChannel } from '../../../shared/view/request-channel';

/** The flag to review or set, and the reason (and message) to start from. */
export type FlagRequest = FlagEditRequest;

/** One channel per sidebar: a sidebar is its own iframe, so its module is its own. */
const channel = createRequestChannel<FlagRequest>();

/** Asks the flag form to show (or set) `request`; kept until a form is there to take it. */
export function requestFlagReview(request: FlagRequest): void {
  channel.send(request);
}

/** Calls `onRequest` (keep it stable) for each request, and at once for one that was waiting. */
export function useFlagRequests(onRequest: (request: FlagRequest) => void): void {
  useEffect(() => channel.listen(onRequest), [onRequest]);
}
