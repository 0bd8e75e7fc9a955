/**
 * An HttpPort over the platform's `fetch`, for Node (the CLI audit) and for tests, where it makes
 * host traffic visible to msw. It behaves like a host proxy: status, headers and Retry-After as sent.
 */
import {
  err,
  ok,
  type HttpPort,
  type HttpRequest,
  type HttpResponse,
  type Result,
} from '../../shared/ports';
import { retryAfterSeconds } from '../../shared/http/retry-after';
import { errorCodeForStatus } from '../../shared/http/status';

export interface FetchHttpPortOptions {
  /** Origin and optional base path, e.g. `https://acme.zendesk.com`. */
  baseUrl: string;
  /** Headers sent with every request (authorisation). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The clock an HTTP-date Retry-After is read against (ms since the epoch); Date.now by default. */
  now?: () => number;
}

export function createFetchHttpPort(options: FetchHttpPortOptions): HttpPort {
  const now = options.now ?? Date.now;
  return {
    async request(request: HttpRequest): Promise<Result<HttpResponse>> {
      const url = new URL(request.path, options.baseUrl).toString();
      const headers: Record<string, string> = {
        accept: 'application/json',
        ...options.headers,
        ...request.headers,
      };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        // Looked up per call: msw (and other interceptors) replace the global fetch after start-up.
        const doFetch = options.fetch ?? globalThis.fetch;
        response = await doFetch(url, {
          method: request.method,
          headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (error) {
        const timedOut =
          error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        return err({
          code: timedOut ? 'timeout' : 'network',
          message: timedOut ? 'The request timed out' : 'The host could not be reached',
        });
      }
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      let text: string;
      try {
        text = await response.text();
      } catch {
        return err({
          code: 'network',
          status: response.status,
          message: 'The connection dropped while reading the reply',
        });
      }
      if (!response.ok) {
        const wait = retryAfterSeconds(response.headers.get('retry-after'), now());
        return err({
          code: errorCodeForStatus(response.status),
          status: response.status,
          ...(wait === undefined ? {} : { retryAfterSeconds: wait }),
          message: `The host answered ${response.status}`,
        });
      }
      if (text.trim() === '')
        return ok({ status: response.status, headers: responseHeaders, body: undefined });
      try {
        return ok({
          status: response.status,
          headers: responseHeaders,
          body: JSON.parse(text) as unknown,
        });
      } catch {
        return err({
          code: 'malformed-reply',
          status: response.status,
          message: 'The host sent a reply that is not JSON',
        });
      }
    },
  };
}
