/**
 * A request from one panel to open the flag form (in the history panel) with a flag and reason
 * filled in. It only fills the form: the agent reads it and sets the flag, or not. A request made
 * before the history panel has loaded waits for it.
 */
import { useEffect } from 'react';
import type { FlagKind } from '../../../shared/history';

/** The flag to review and the reason to start from. */
export interface FlagRequest {
  flag: FlagKind;
  reason: string;
}

type Listener = (request: FlagRequest) => void;

const listeners = new Set<Listener>();
let waiting: FlagRequest | undefined;

/** Asks the flag form to show `request`; kept until a form is there to take it. */
export function requestFlagReview(request: FlagRequest): void {
  if (listeners.size === 0) {
    waiting = request;
    return;
  }
  waiting = undefined;
  for (const listener of listeners) listener(request);
}

/** Calls `onRequest` (keep it stable) for each request, and at once for one that was waiting. */
export function useFlagRequests(onRequest: Listener): void {
  useEffect(() => {
    listeners.add(onRequest);
    if (waiting !== undefined) {
      const request = waiting;
      waiting = undefined;
      onRequest(request);
    }
    return () => {
      listeners.delete(onRequest);
    };
  }, [onRequest]);
}
