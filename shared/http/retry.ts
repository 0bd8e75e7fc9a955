/**
 * The one retry loop, bounded: 429 waits for Retry-After, 5xx/timeouts/network errors back off (or
 * wait as Retry-After says), but only for requests that are safe to repeat (idempotent methods, an
 * Idempotency-Key header, or a caller that says so). `retrying` runs any attempt; `requestWithRetry`
 * runs one over an HttpPort.
 */
import type { HttpPort, HttpRequest, HttpResponse, Result } from '../ports';

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

/** What the loop reads of a failed attempt: its kind and, when the host said so, the wait it asked for. */
export interface RetryableFailure {
  /** `rate-limited`, `server-error`, `timeout` and `network` may be retried; any other code is final. */
  code: string;
  /** From `Retry-After`; fractions allowed. */
  retryAfterSeconds?: number;
}

/** The loop's bounds, with the defaults filled in. */
export type RetryBounds = Required<Omit<RetryOptions, 'sleep'>>;

/** How the loop is told what a caller's request allows. */
export interface RetryLoopOptions extends RetryOptions {
  /** True when sending the request twice cannot create a second record (see `isSafeToRepeat`). */
  safeToRepeat: boolean;
  /** Asked before each wait; false ends the loop with the last failure (e.g. a deadline would pass). */
  mayWait?: (milliseconds: number) => boolean;
}

/** The bounds with their defaults: 4 attempts, 250 ms doubling up to 8 s, a Retry-After up to 30 s. */
export function retryBounds(options: Omit<RetryOptions, 'sleep'>): RetryBounds {
  return {
    maxAttempts: options.maxAttempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 8000,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 30,
  };
}

/**
 * How long to wait before attempt `attempt + 1`, or `undefined` when this failure must not be
 * retried. A 429 may always be repeated (the host did not process it); 5xx, timeouts and network
 * failures only when `safeToRepeat`. A Retry-After is honoured when present, up to the bound.
 */
export function retryDelayMs(
  failure: RetryableFailure,
  safeToRepeat: boolean,
  attempt: number,
  bounds: RetryBounds,
): number | undefined {
  const backoff = Math.min(bounds.maxDelayMs, bounds.baseDelayMs * 2 ** (attempt - 1));
  const asked = failure.retryAfterSeconds;
  const wait =
    asked === undefined ? backoff : asked <= bounds.maxRetryAfterSeconds ? asked * 1000 : undefined;
  switch (failure.code) {
    case 'rate-limited':
      return wait;
    case 'server-error':
    case 'timeout':
    case 'network':
      return safeToRepeat ? wait : undefined;
    default:
      return undefined;
  }
}

/**
 * The one retry loop: runs `attempt` (given its number, from 1) until it succeeds, fails in a way
 * that must not be retried, runs out of attempts, or `mayWait` refuses the wait; returns the last
 * result. Every host's caller (Zendesk, the card's backend client, the server's HubSpot caller, the
 * CLI) goes through it, so what is retried and for how long is decided here once.
 */
export async function retrying<T, E extends RetryableFailure>(
  attempt: (attempt: number) => Promise<Result<T, E>>,
  options: RetryLoopOptions,
): Promise<Result<T, E>> {
  const bounds = retryBounds(options);
  for (let number = 1; ; number += 1) {
    const result = await attempt(number);
    if (result.ok || number >= bounds.maxAttempts) return result;
    const delay = retryDelayMs(result.error, options.safeToRepeat, number, bounds);
    if (delay === undefined || options.mayWait?.(delay) === false) return result;
    await options.sleep(delay);
  }
}

/** Sends the request, retrying within bounds; returns the last result when retries run out. */
export function requestWithRetry(
  port: HttpPort,
  request: HttpRequest,
  options: RetryOptions,
): Promise<Result<HttpResponse>> {
  return retrying(() => port.request(request), {
    ...options,
    safeToRepeat: isSafeToRepeat(request),
  });
}
