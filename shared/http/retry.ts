/**
 * Bounded retries over an HttpPort: 429 waits for Retry-After, 5xx/timeouts/network errors back off,
 * but only for requests that are safe to repeat (idempotent methods or an Idempotency-Key header).
 */
import type { HttpError, HttpPort, HttpRequest, HttpResponse, Result } from '../ports';

export interface RetryOptions {
  /** Waits; injected so the core never touches timers itself (tests pass an instant or recording sleep). */
  sleep(milliseconds: number): Promise<void>;
  /** Total attempts including the first. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited out: the caller shows a retry state instead. */
  maxRetryAfterSeconds?: number;
}

const idempotentMethods = new Set(['GET', 'PUT', 'DELETE']);

/** True when sending the request twice cannot create a second record. */
export function isSafeToRepeat(request: HttpRequest): boolean {
  if (idempotentMethods.has(request.method) || request.repeatable === true) return true;
  const headers = request.headers ?? {};
  return Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key');
}

/** How long to wait before the next attempt, or `undefined` when this error must not be retried. */
export function retryDelayMs(
  request: HttpRequest,
  error: HttpError,
  attempt: number,
  options: Required<Omit<RetryOptions, 'sleep'>>,
): number | undefined {
  const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  switch (error.code) {
    case 'rate-limited': {
      // A 429 means the host did not process the request, so any method may be sent again.
      const seconds = error.retryAfterSeconds;
      if (seconds === undefined) return backoff;
      return seconds <= options.maxRetryAfterSeconds ? seconds * 1000 : undefined;
    }
    case 'server-error':
    case 'timeout':
    case 'network':
      return isSafeToRepeat(request) ? backoff : undefined;
    default:
      return undefined;
  }
}

/** Sends the request, retrying within bounds; returns the last result when retries run out. */
export async function requestWithRetry(
  port: HttpPort,
  request: HttpRequest,
  options: RetryOptions,
): Promise<Result<HttpResponse>> {
  const settings = {
    maxAttempts: options.maxAttempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 8000,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 30,
  };
  let attempt = 1;
  for (;;) {
    const result = await port.request(request);
    if (result.ok || attempt >= settings.maxAttempts) return result;
    const delay = retryDelayMs(request, result.error, attempt, settings);
    if (delay === undefined) return result;
    await options.sleep(delay);
    attempt += 1;
  }
}
