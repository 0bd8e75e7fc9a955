/**
 * A backend transport over the standard fetch, for tests (msw sees the traffic) and the playground.
 * Inside HubSpot the card uses `hubspotTransport` instead.
 */
import type { BackendTransport } from './backend-client';

/** Sends requests with `fetchImpl` (global fetch by default), JSON-encoding the body. */
export function createFetchTransport(fetchImpl: typeof fetch = fetch): BackendTransport {
  return (url, request) =>
    fetchImpl(url, {
      method: request.method,
      signal: request.signal,
      headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
}
