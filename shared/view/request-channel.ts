/**
 * A one-way request from one panel to another that may not be on screen yet (panels load lazily,
 * in their own chunks): the latest request sent while nobody listens waits for the first listener.
 * Pure; each host wraps it for React (per card on HubSpot, per sidebar on Zendesk).
 */

/** Sends requests of type `T` to whoever listens. */
export interface RequestChannel<T> {
  /** Sends `request` to every listener, or keeps it (the latest only) until one listens. */
  send(request: T): void;
  /** Adds `listener`, handing it at once a request that was waiting; returns its removal. */
  listen(listener: (request: T) => void): () => void;
}

/** A new channel with no listener and nothing waiting. */
export function createRequestChannel<T>(): RequestChannel<T> {
  const listeners = new Set<(request: T) => void>();
  let waiting: { request: T } | undefined;
  return {
    send(request) {
      waiting = listeners.size === 0 ? { request } : undefined;
      for (const listener of listeners) listener(request);
    },
    listen(listener) {
      listeners.add(listener);
      const kept = waiting;
      waiting = undefined;
      if (kept !== undefined) listener(kept.request);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
