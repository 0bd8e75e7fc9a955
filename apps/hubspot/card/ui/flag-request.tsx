/**
 * A request from one panel (the signals section) to the history panel's flag form: fill it with a
 * flag and a reason for the agent to set, or set the flag the agent chose in one click there, with
 * the email it came from. One channel (shared/view/request-channel) per card, not per module, so
 * two cards, or two tests, never hear each other; a request made before the form shows waits.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createRequestChannel, type RequestChannel } from '../../../../shared/view/request-channel';
import type { FlagEditRequest } from '../../../../shared/history/flag-editor';

/** The flag to review (or set), and the reason (and email) to start from. */
export type FlagRequest = FlagEditRequest;

const FlagRequestContext = createContext<RequestChannel<FlagRequest> | null>(null);

/** Gives the panels below it one flag-request channel. */
export function FlagRequestProvider({ children }: { children: ReactNode }) {
  const channel = useMemo(() => createRequestChannel<FlagRequest>(), []);
  return <FlagRequestContext.Provider value={channel}>{children}</FlagRequestContext.Provider>;
}

/** Asks the flag form to show a request; does nothing outside a provider (one panel alone). */
export function useRequestFlagReview(): (request: FlagRequest) => void {
  const channel = useContext(FlagRequestContext);
  return useMemo(() => (request: FlagRequest) => channel?.send(request), [channel]);
}

/** Calls `onRequest` (keep it stable) for each request, and at once for one that was waiting. */
export function useFlagRequests(onRequest: (request: FlagRequest) => void): void {
  const channel = useContext(FlagRequestContext);
  useEffect(() => channel?.listen(onRequest), [channel, onRequest]);
}
