/**
 * One HubSpot API call through `@hubspot/api-client` (its `apiRequest`, so the reply's status,
 * headers and raw body are ours to check): per-portal limiter, bounded retries with backoff that
 * honour Retry-After, a deadline so the card's 15 s `hubspot.fetch` timeout is never reached, the
 * daily limit as its own error, and every reply parsed with a schema (a malformed one is an error).
 */
import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { retryAfterMs } from '../../../../shared/http/retry-after';
import { errorCodeForStatus } from '../../../../shared/http/status';
import type { Logger, Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { backendError, type BackendError } from '../errors';
import type { PortalLimiter } from './limiter';

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
}

const rateLimitBody = z.object({ policyName: z.string().optional() }).loose();

class AttemptTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AttemptTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
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
  return {
    async call<T>(request: HubSpotRequest, reply: z.ZodType<T>): Promise<Result<T, BackendError>> {
      let refreshed = false;
      let attempt = 0;
      for (;;) {
        attempt += 1;
        const remaining = options.deadline - options.now();
        if (remaining <= 0) {
          return err(
            backendError(
              'hubspot-unavailable',
              'HubSpot is answering slowly; try again shortly.',
              5,
            ),
          );
        }
        const slot = await options.limiter.acquire(options.portalId, options.deadline);
        if (!slot.ok) {
          return err(
            backendError(
              'rate-limited',
              'Too many HubSpot requests for this account right now.',
              Math.ceil(slot.waitMs / 1000),
            ),
          );
        }
        const token = await options.accessToken(refreshed);
        if (!token.ok) return token;

        const wait = async (ms: number): Promise<boolean> => {
          if (attempt >= maxAttempts || options.now() + ms >= options.deadline) return false;
          await options.sleep(ms);
          return true;
        };
        const backoffMs = Math.min(4000, 200 * 2 ** (attempt - 1));

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
          if (request.repeatable && (await wait(backoffMs))) continue;
          return err(
            backendError(
              'hubspot-unavailable',
              'HubSpot could not be reached; try again shortly.',
              5,
            ),
          );
        }

        const status = response.status;
        const text = await response.text();
        const failure = status >= 400 ? errorCodeForStatus(status) : undefined;
        if (failure === 'unauthorized' && !refreshed) {
          refreshed = true;
          attempt -= 1;
          continue;
        }
        if (failure === 'rate-limited') {
          const body = rateLimitBody.safeParse(safeJson(text));
          if (body.success && body.data.policyName?.toUpperCase() === 'DAILY') {
            log('warn', 'hubspot.daily-limit', request, { status });
            return err(
              backendError(
                'daily-limit-reached',
                "This HubSpot account has used today's API allowance; it resets at midnight.",
              ),
            );
          }
          const delay =
            retryAfterMs(response.headers.get('retry-after'), options.now()) ?? backoffMs;
          log('warn', 'hubspot.rate-limited', request, { attempt, delayMs: delay });
          if (await wait(delay)) continue;
          return err(
            backendError(
              'rate-limited',
              'HubSpot asked us to slow down; try again shortly.',
              Math.max(1, Math.ceil(delay / 1000)),
            ),
          );
        }
        if (failure === 'server-error' || failure === 'timeout') {
          log('warn', 'hubspot.server-error', request, { attempt, status });
          if (
            request.repeatable &&
            (await wait(
              retryAfterMs(response.headers.get('retry-after'), options.now()) ?? backoffMs,
            ))
          )
            continue;
          return err(
            backendError('hubspot-unavailable', 'HubSpot is having trouble; try again shortly.', 5),
          );
        }
        if (failure === 'unauthorized')
          return err(
            backendError(
              'not-installed',
              'HubSpot no longer accepts this installation; reinstall the app.',
            ),
          );
        if (failure === 'forbidden')
          return err(
            backendError(
              'missing-scope',
              'The app lacks a HubSpot permission for this; reinstall it.',
            ),
          );
        if (failure === 'not-found')
          return err(backendError('not-found', 'HubSpot has no such record.'));
        if (failure !== undefined) {
          log('warn', 'hubspot.refused', request, { status });
          return err(backendError('bad-request', `HubSpot refused the request (${status}).`));
        }

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
      }
    },
  };
}

const unparseable = Symbol('unparseable');

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return unparseable;
  }
}
