/**
 * Sends one request for identical GETs that are in flight at the same time. Panels that open
 * together often read the same thing (the customer card and the history panel both read the
 * requester's user record); sharing the reply keeps the sidebar's opening requests, and the host's
 * rate limit, down. Nothing is cached: a GET made after the first has settled goes to the network.
 */
import type { HttpPort, HttpRequest, HttpResponse, Result } from '../ports';

function sharingKey(request: HttpRequest): string | undefined {
  if (request.method !== 'GET') return undefined;
  const headers = Object.entries(request.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([request.path, headers]);
}

/** `port`, with concurrent identical GETs (same path and headers) answered by one request. */
export function shareInFlightGets(port: HttpPort): HttpPort {
  const inFlight = new Map<string, Promise<Result<HttpResponse>>>();
  return {
    request(request) {
      const key = sharingKey(request);
      if (key === undefined) return port.request(request);
      const pending = inFlight.get(key);
      if (pending !== undefined) return pending;
      const reply = port.request(request).finally(() => inFlight.delete(key));
      inFlight.set(key, reply);
      return reply;
    },
  };
}
