/**
 * A one-way request from one panel to another that may not have loaded yet (the panels load in
 * their own chunks): the latest request made while no panel listens waits for the first to listen.
 */
import { useEffect } from 'react';

/** Sends requests of type `T` to whichever panel listens. */
export interface RequestChannel<T> {
  /** Sends `request`; kept until a listener is there to take it. */
  send: (request: T) => void;
  /** Calls `onRequest` (keep it stable) for each request, and at once for one that was waiting. */
  useRequests: (onRequest: (request: T) => void) => void;
}

/** A new channel with no listener and nothing waiting. */
export function requestChannel<T>(): RequestChannel<T> {
  const listeners = new Set<(request: T) => void>();
  let waiting: { request: T } | undefined;
  return {
    send(request) {
      if (listeners.size === 0) {
        waiting = { request };
        return;
      }
      waiting = undefined;
      for (const listener of listeners) listener(request);
    },
    useRequests(onRequest) {
      useEffect(() => {
        listeners.add(onRequest);
        if (waiting !== undefined) {
          const { request } = waiting;
          waiting = undefined;
          onRequest(request);
        }
        return () => {
          listeners.delete(onRequest);
        };
      }, [onRequest]);
    },
  };
}
