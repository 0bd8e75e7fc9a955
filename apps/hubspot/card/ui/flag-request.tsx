/**
 * A request from one panel (the signals section) to the history panel's flag form: fill it with a
 * flag and a reason for the agent to set, or set the flag the agent chose in one click there, with
 * the email it came from. One channel
 * per card (not per module), so two cards, or two tests, never hear each other; a request made
 * before the flag form is on screen waits for it.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { FlagKind } from '../../contract';

/** The flag to review (or set) and the reason to start from. */
export interface FlagRequest {
  flag: FlagKind;
  reason: string;
  /** Set the flag now (the agent's click), instead of only filling the form. */
  setNow?: boolean;
  /** The message the words come from (`hubspot-email:<id>`), kept on the flag's note. */
  fromMessage?: string;
}

type Listener = (request: FlagRequest) => void;

interface FlagRequests {
  request(request: FlagRequest): void;
  listen(listener: Listener): () => void;
}

function createFlagRequests(): FlagRequests {
  const listeners = new Set<Listener>();
  let waiting: FlagRequest | undefined;
  return {
    request(request) {
      if (listeners.size === 0) {
        waiting = request;
        return;
      }
      waiting = undefined;
      for (const listener of listeners) listener(request);
    },
    listen(listener) {
      listeners.add(listener);
      if (waiting !== undefined) {
        const request = waiting;
        waiting = undefined;
        listener(request);
      }
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const FlagRequestContext = createContext<FlagRequests | null>(null);

/** Gives the panels below it one flag-request channel. */
export function FlagRequestProvider({ children }: { children: ReactNode }) {
  const channel = useMemo(createFlagRequests, []);
  return <FlagRequestContext.Provider value={channel}>{children}</FlagRequestContext.Provider>;
}

/** Asks the flag form to show a request; does nothing outside a provider (one panel alone). */
export function useRequestFlagReview(): (request: FlagRequest) => void {
  const channel = useContext(FlagRequestContext);
  return useMemo(() => (request: FlagRequest) => channel?.request(request), [channel]);
}

/** Calls `onRequest` (keep it stable) for each request, and at once for one that was waiting. */
export function useFlagRequests(onRequest: Listener): void {
  const channel = useContext(FlagRequestContext);
  useEffect(() => channel?.listen(onRequest), [channel, onRequest]);
}
