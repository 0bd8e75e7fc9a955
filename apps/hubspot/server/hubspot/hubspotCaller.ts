/**
 * One HubSpot API call through `@hubspot/api-client` (its `apiRequest`, so the reply's status,
 * headers and raw body are ours to check): per-portal limiter, bounded retries through the shared
 * loop (shared/http/retry) that honour Retry-After, a deadline so the card's 15 s `hubspot.fetch`
 * timeout is never reached, the daily limit as its own error, and every reply parsed with a schema
 * (a malformed one is an error).
 */
import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { retryAfterMs } from '../../../../shared/http/retry-after';
import { retrying } from '../../../../shared/http/retry';
import { errorCodeForStatus } from '../../../../shared/http/status';
import type { HttpErrorCode, Logger, Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { backendError, type BackendError } from '../errors';
import type { PortalLimiter } from './limiter';
import { settleBefore } from '../settle-before';

/** One request to HubSpot. */
export interface HubSpotRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path under the API root, e.g. `/crm/v3/objects/notes`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * True when sending it twice cannot create a second record (reads, batch reads, PATCH). Creates
   * are only re-sent after a 429, which HubSpot guarantees it did not process.
   */
  repeatable: boolean;
  /** Short name for logs, e.g. `notes.create`. */
  operation: string;
}

/** Calls HubSpot for one portal with one access token. */
export interface HubSpotCaller {
  call<T>(request: HubSpotRequest, reply: z.ZodType<T>): Promise<Result<T, BackendError>>;
}

/** Everything a caller needs; one is made per incoming request. */
export interface HubSpotCallerOptions {
  portalId: number;
  /** Returns the access token; `refresh: true` after HubSpot said 401 (expired or revoked). */
  accessToken(refresh: boolean): Promise<Result<string, BackendError>>;
  basePath: string;
  limiter: PortalLimiter;
  /** Epoch ms by which the whole incoming request must have its answer. */
  deadline: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  maxAttempts?: number;
  /** Longest single attempt. */
  attemptTimeoutMs?: number;
  /** Told of each attempt's HubSpot status, or how it failed without one (metrics). */
  onAttempt?: (status: number | 'timeout' | 'network') => void;
}

const rateLimitBody = z.object({ policyName: z.string().optional() }).loose();

class AttemptTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return settleBefore(promise, ms, () => {
    throw new AttemptTimeout();
  });
}

/** A caller for one portal. */
export function createHubSpotCaller(options: HubSpotCallerOptions): HubSpotCaller {
  const maxAttempts = options.maxAttempts ?? 4;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 6000;
  const log = (
    level: 'info' | 'warn',
    event: string,
    request: HubSpotRequest,
    fields: Record<string, number | string>,
  ) =>
    options.logger[level](event, {
      portalId: options.portalId,
      operation: request.operation,
      ...fields,
    });

  let client: { token: string; api: Client } | undefined;

  /** One attempt: deadline, token, limiter slot, the request and its status; no retries here. */
  async function attemptOnce(
    request: HubSpotRequest,
    attempt: number,
    refreshToken: boolean,
  ): Promise<Result<{ status: number; text: string }, AttemptFailure>> {
    if (options.deadline - options.now() <= 0) {
      return final('hubspot-unavailable', 'HubSpot is answering slowly; try again shortly.', 5);
    }
    // The token first: a slot counts from when it is taken, so nothing slow (a refresh) may come
    // between taking it and sending the request.
    const token = await options.accessToken(refreshToken);
    if (!token.ok) return err({ code: 'final', error: token.error });
    const slot = await options.limiter.acquire(options.portalId, options.deadline);
    if (!slot.ok) {
      return final(
        'rate-limited',
        'Too many HubSpot requests for this account right now.',
        Math.ceil(slot.waitMs / 1000),
      );
    }

    let response: Awaited<ReturnType<Client['apiRequest']>>;
    try {
      if (client?.token !== token.value) {
        client = {
          token: token.value,
          api: new Client({ accessToken: token.value, basePath: options.basePath }),
        };
      }
      response = await withTimeout(
        client.api.apiRequest({
          method: request.method,
          path: request.path,
          ...(request.query ? { qs: request.query } : {}),
          ...(request.body === undefined ? {} : { body: request.body }),
        }),
        Math.min(attemptTimeoutMs, options.deadline - options.now()),
      );
    } catch (error) {
      const kind = error instanceof AttemptTimeout ? 'timeout' : 'network';
      log('warn', 'hubspot.call-failed', request, { attempt, kind });
      options.onAttempt?.(kind);
      return err({ code: kind });
    }

    const status = response.status;
    options.onAttempt?.(status);
    const text = await response.text();
    if (status < 400) return ok({ status, text });
    const code = errorCodeForStatus(status);
    const waitMs = retryAfterMs(response.headers.get('retry-after'), options.now());
    const retryAfter = waitMs === undefined ? {} : { retryAfterSeconds: waitMs / 1000 };
    if (code === 'rate-limited') {
      const body = rateLimitBody.safeParse(safeJson(text));
      if (body.success && body.data.policyName?.toUpperCase() === 'DAILY') {
        log('warn', 'hubspot.daily-limit', request, { status });
        return final(
          'daily-limit-reached',
          "This HubSpot account has used today's API allowance; it resets at midnight.",
        );
      }
      log('warn', 'hubspot.rate-limited', request, {
        attempt,
        delayMs: waitMs ?? backoffMs(attempt),
      });
    } else if (code === 'server-error' || code === 'timeout') {
      log('warn', 'hubspot.server-error', request, { attempt, status });
    } else if (code === 'bad-request' || code === 'conflict') {
      log('warn', 'hubspot.refused', request, { status });
    }
    return err({ code, status, ...retryAfter });
  }

  return {
    async call<T>(request: HubSpotRequest, reply: z.ZodType<T>): Promise<Result<T, BackendError>> {
      // The shared loop decides what is retried and how long to wait; a 401 refreshes the token
      // once within the same attempt, and no wait may run past the request's deadline.
      let refreshed = false;
      let attempts = 0;
      const sent = await retrying(
        async (attempt) => {
          attempts = attempt;
          const first = await attemptOnce(request, attempt, refreshed);
          if (first.ok || first.error.code !== 'unauthorized' || refreshed) return first;
          refreshed = true;
          return attemptOnce(request, attempt, true);
        },
        {
          sleep: options.sleep,
          maxAttempts,
          baseDelayMs,
          maxDelayMs,
          maxRetryAfterSeconds: Number.POSITIVE_INFINITY,
          safeToRepeat: request.repeatable,
          mayWait: (ms) => options.now() + ms < options.deadline,
        },
      );
      if (!sent.ok) return err(explainFailure(sent.error, attempts));
      const { status, text } = sent.value;
      const parsed = reply.safeParse(text === '' ? undefined : safeJson(text));
      if (!parsed.success) {
        // Paths only: values could be personal data.
        const paths = parsed.error.issues
          .map((issue) => issue.path.join('.'))
          .slice(0, 5)
          .join(',');
        log('warn', 'hubspot.malformed-reply', request, { status, paths });
        return err(
          backendError(
            'hubspot-malformed-reply',
            'HubSpot returned something we did not understand.',
          ),
        );
      }
      return ok(parsed.data);
    },
  };
}

/** One attempt's failure: a final answer, or what the shared retry loop reads to decide. */
type AttemptFailure =
  | { code: 'final'; error: BackendError }
  | { code: HttpErrorCode; status?: number; retryAfterSeconds?: number };

function final(...args: Parameters<typeof backendError>): { ok: false; error: AttemptFailure } {
  return err({ code: 'final', error: backendError(...args) });
}

/** The waits between attempts: 200 ms doubling up to 4 s (or what Retry-After asks). */
const baseDelayMs = 200;
const maxDelayMs = 4000;
const backoffMs = (attempt: number): number =>
  Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));

/** The card's error for the last failure once the loop has stopped after `attempts` attempts. */
function explainFailure(failure: AttemptFailure, attempts: number): BackendError {
  switch (failure.code) {
    case 'final':
      return failure.error;
    case 'rate-limited': {
      const delayMs =
        failure.retryAfterSeconds === undefined
          ? backoffMs(attempts)
          : failure.retryAfterSeconds * 1000;
      return backendError(
        'rate-limited',
        'HubSpot asked us to slow down; try again shortly.',
        Math.max(1, Math.ceil(delayMs / 1000)),
      );
    }
    case 'server-error':
    case 'timeout':
    case 'network':
      return failure.status === undefined
        ? backendError('hubspot-unavailable', 'HubSpot could not be reached; try again shortly.', 5)
        : backendError('hubspot-unavailable', 'HubSpot is having trouble; try again shortly.', 5);
    case 'unauthorized':
      return backendError(
        'not-installed',
        'HubSpot no longer accepts this installation; reinstall the app.',
      );
    case 'forbidden':
      return backendError(
        'missing-scope',
        'The app lacks a HubSpot permission for this; reinstall it.',
      );
    case 'not-found':
      return backendError('not-found', 'HubSpot has no such record.');
    default:
      return backendError(
        'bad-request',
        `HubSpot refused the request (${failure.status ?? 'no status'}).`,
      );
  }
}

const unparseable = Symbol('unparseable');

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return unparseable;
  }
}
