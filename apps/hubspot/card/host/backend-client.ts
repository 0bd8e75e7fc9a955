/**
 * One client for every call the card makes to our backend (apps/hubspot/server). It is generic over
 * a path and a zod schema: each reply is parsed, and every failure is a typed value the UI can
 * explain (timeout, unauthorized, rate-limited vs daily limit, malformed reply, ...), never a throw.
 * In HubSpot it runs over `hubspot.fetch` (JSON only, no headers); in tests over global fetch.
 */
import * as z from 'zod/mini';
import { apiErrorReplySchema, type ApiErrorCode } from '../../contract';
import { isSafeToRepeat, retrying, type RetryOptions } from '../../../../shared/http/retry';
import { retryAfterSeconds } from '../../../../shared/http/retry-after';
import { errorCodeForStatus } from '../../../../shared/http/status';
import type { BackendErrorCode } from '../../../../shared/i18n/error-words';
import { err, ok, type Result } from '../../../../shared/ports';

/** Why a backend call failed, in words the UI can translate. */
export const backendErrorCodes = [
  'timeout',
  'network',
  'unauthorized',
  'not-installed',
  'reinstall-needed',
  'forbidden',
  'not-found',
  'bad-request',
  'conflict',
  'rate-limited',
  'daily-limit',
  'server-error',
  'malformed-reply',
] as const satisfies readonly BackendErrorCode[];
export type { BackendErrorCode };

/** A failed backend call. */
export interface BackendError {
  code: BackendErrorCode;
  status?: number;
  /** Seconds to wait before retrying, when the backend said so (`Retry-After`). */
  retryAfterSeconds?: number;
  message: string;
}

export const backendMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type BackendMethod = (typeof backendMethods)[number];

/** One call: a path under the backend's base URL, query values, and a JSON object body. */
export interface BackendRequest {
  method?: BackendMethod;
  /** Path under the base URL, starting with `/`, e.g. `/v1/contacts/51/invoice-balance`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON object body (hubspot.fetch only sends objects). */
  body?: Record<string, unknown>;
}

/** What a transport is asked to send. */
export interface TransportRequest {
  method: BackendMethod;
  body?: Record<string, unknown>;
  timeoutMs: number;
  /** Aborted when the client gives up; transports that can cancel should honour it. */
  signal: AbortSignal;
}

/** Sends one request: `hubspot.fetch` inside HubSpot, global fetch in tests and the playground. */
export type BackendTransport = (url: string, request: TransportRequest) => Promise<Response>;

/** Calls our backend and parses the reply with the given schema. */
export interface BackendClient {
  request<Schema extends z.core.$ZodType>(
    request: BackendRequest,
    schema: Schema,
  ): Promise<Result<z.output<Schema>, BackendError>>;
}

/** HubSpot cuts every `hubspot.fetch` off at 15 s by default; we give up at the same moment. */
export const defaultBackendTimeoutMs = 15_000;

/**
 * Who is asking, from the extension's context (`context.portal.id`, `context.user.id`). HubSpot's
 * docs promise no `portalId` or `userId` on a `hubspot.fetch` request, so the card puts them in
 * every URL itself; the v3 signature covers the whole URL, so the backend can trust them.
 */
export interface CallerContext {
  portalId: number;
  userId: number;
}

export interface BackendClientOptions {
  /** Public HTTPS origin (and base path) of the backend, listed in app-hsmeta permittedUrls.fetch. */
  baseUrl: string;
  transport: BackendTransport;
  /** Sent as `portalId` and `userId` in every request's query (a request cannot override them). */
  caller?: CallerContext;
  timeoutMs?: number;
  /** The clock an HTTP-date Retry-After is read against (ms since the epoch); Date.now by default. */
  now?: () => number;
  /**
   * Retries through the shared loop (shared/http/retry): a 429 for any method, a timeout, network
   * failure or 5xx only for GET, PUT and DELETE. Without it, each request is sent once.
   */
  retry?: RetryOptions;
}

/** What the card's entries retry with: one more attempt, after a short wait (never over 2 s). */
export const cardRetry: RetryOptions = {
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
  maxAttempts: 2,
  maxRetryAfterSeconds: 2,
};

/** The extension context's portal and user, as the card sends them to the backend. */
export function callerFromContext(context: {
  portal: { id: number };
  user: { id: number };
}): CallerContext {
  return { portalId: context.portal.id, userId: context.user.id };
}

/** One reply as read off the wire, before any schema: what callers sharing a GET each parse. */
interface RawReply {
  status: number;
  /** From the `Retry-After` header, read when the reply arrived. */
  retryAfterSeconds: number | undefined;
  text: string;
}

/**
 * A backend client over a transport. Identical GETs (same URL) in flight at the same time share
 * one request: the card's panels open together and several read the same thing (the portal's
 * settings), so each reply is read once and parsed by every caller with its own schema. Nothing
 * is cached: a GET made after the shared one has settled (a Retry after a failure) is sent again.
 */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const timeoutMs = options.timeoutMs ?? defaultBackendTimeoutMs;
  const now = options.now ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, '');
  const inFlightGets = new Map<string, Promise<Result<RawReply, BackendError>>>();

  async function send(
    url: string,
    method: BackendMethod,
    body: Record<string, unknown> | undefined,
  ): Promise<Result<RawReply, BackendError>> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const sent = options.transport(url, { method, body, timeoutMs, signal: controller.signal });
      const outcome = await Promise.race([sent, timedOut]);
      if (outcome === 'timeout') {
        controller.abort();
        sent.catch(() => undefined); // the late reply (or its abort) is no longer anyone's concern
        return err({
          code: 'timeout',
          message: `No reply from the backend within ${timeoutMs} ms`,
        });
      }
      return ok({
        status: outcome.status,
        retryAfterSeconds: retryAfterSeconds(outcome.headers.get('retry-after'), now()),
        text: await outcome.text(),
      });
    } catch (error) {
      return err(transportFailure(error));
    } finally {
      clearTimeout(timer);
    }
  }

  function sendShared(url: string): Promise<Result<RawReply, BackendError>> {
    const pending = inFlightGets.get(url);
    if (pending !== undefined) return pending;
    const reply = send(url, 'GET', undefined).finally(() => inFlightGets.delete(url));
    inFlightGets.set(url, reply);
    return reply;
  }

  return {
    async request(request, schema) {
      const url = buildUrl(base, request, options.caller);
      const method = request.method ?? 'GET';
      return retrying(
        async () => {
          const reply =
            method === 'GET' && request.body === undefined
              ? await sendShared(url)
              : await send(url, method, request.body);
          if (!reply.ok) return reply;
          return readReply(reply.value, schema);
        },
        {
          ...(options.retry ?? { sleep: async () => undefined, maxAttempts: 1 }),
          safeToRepeat: isSafeToRepeat({ method, path: request.path }),
        },
      );
    },
  };
}

function buildUrl(base: string, request: BackendRequest, caller?: CallerContext): string {
  const path = request.path.startsWith('/') ? request.path : `/${request.path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  if (caller) {
    params.set('portalId', String(caller.portalId));
    params.set('userId', String(caller.userId));
  }
  const query = params.toString();
  return `${base}${path}${query ? `?${query}` : ''}`;
}

function readReply<Schema extends z.core.$ZodType>(
  response: RawReply,
  schema: Schema,
): Result<z.output<Schema>, BackendError> {
  const body = parseJson(response.text);
  if (response.status >= 200 && response.status < 300) {
    if (body.ok === false) {
      return err({
        code: 'malformed-reply',
        status: response.status,
        message: 'The backend replied with something that is not JSON',
      });
    }
    const parsed = z.safeParse(schema, body.value);
    if (!parsed.success) {
      return err({
        code: 'malformed-reply',
        status: response.status,
        message: `The backend's reply did not have the expected shape: ${parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
          .join('; ')}`,
      });
    }
    return ok(parsed.data);
  }
  return err(statusFailure(response, body.ok ? body.value : undefined));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

// The backend's own error codes (the contract), as the card's codes.
const fromApiCode: Record<ApiErrorCode, BackendErrorCode> = {
  unauthorized: 'unauthorized',
  'not-installed': 'not-installed',
  'reinstall-needed': 'reinstall-needed',
  'bad-request': 'bad-request',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'missing-scope': 'forbidden',
  'rate-limited': 'rate-limited',
  'daily-limit-reached': 'daily-limit',
  'hubspot-unavailable': 'server-error',
  'hubspot-malformed-reply': 'malformed-reply',
  'write-in-progress': 'conflict',
  'idempotency-key-reused': 'bad-request',
  internal: 'server-error',
};

function statusFailure(response: RawReply, body: unknown): BackendError {
  const status = response.status;
  const headerRetry = response.retryAfterSeconds;
  const envelope = apiErrorReplySchema.safeParse(body);
  if (envelope.success) {
    // The backend said what went wrong, in the contract's words.
    const { code, message, retryAfterSeconds = headerRetry } = envelope.data.error;
    return {
      code: fromApiCode[code],
      status,
      message,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
  // No envelope: HubSpot's proxy (e.g. its 20-concurrent-requests 429) or something in between.
  const withRetry = headerRetry === undefined ? {} : { retryAfterSeconds: headerRetry };
  const code = errorCodeForStatus(status);
  switch (code) {
    case 'unauthorized':
      return { code, status, message: 'Not signed in to Tactful' };
    case 'forbidden':
      return { code, status, message: 'Not allowed' };
    case 'not-found':
      return { code, status, message: 'Not found' };
    case 'conflict':
      return { code, status, message: 'Already in progress' };
    case 'rate-limited':
      return isDailyLimit(body)
        ? { code: 'daily-limit', status, ...withRetry, message: 'HubSpot daily API limit reached' }
        : { code, status, ...withRetry, message: 'Too many requests' };
    case 'timeout':
      return { code, status, ...withRetry, message: `The backend timed out (${status})` };
    case 'server-error':
      return { code, status, ...withRetry, message: 'Server error' };
    case 'bad-request':
      return { code, status, message: `The backend refused the request (${status})` };
  }
}

/** A bare 429 that relays HubSpot's daily limit (`policyName: "DAILY"`), not the burst limit. */
function isDailyLimit(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && 'policyName' in body && body.policyName === 'DAILY'
  );
}

function transportFailure(error: unknown): BackendError {
  const message = error instanceof Error ? error.message : String(error);
  // hubspot.fetch rejects with a message naming the timeout when HubSpot gives up first.
  if (/time(d)?\s?out/i.test(message)) return { code: 'timeout', message };
  return { code: 'network', message: `Could not reach the backend: ${message}` };
}
