/**
 * The interfaces the hosts implement so the core never touches the world itself.
 * The core takes plain data and returns plain data; time, HTTP and storage come in through these.
 */

/** Now, in UTC. Time-zone maths happens in the core with Luxon, never by hand. */
export interface Clock {
  now(): Date;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Path relative to the host API root, with query string, e.g. `/api/v2/users/1.json`. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** True for a read sent as POST (a search): sending it twice changes nothing, so it may be retried. */
  repeatable?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** The parsed JSON body, or `undefined` for an empty reply. Callers parse it with a schema. */
  body: unknown;
}

/** Why a request failed, in words the UI can translate. */
export const httpErrorCodes = [
  'rate-limited',
  'server-error',
  'timeout',
  'network',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'bad-request',
  'malformed-reply',
] as const;
export type HttpErrorCode = (typeof httpErrorCodes)[number];

export interface HttpError {
  code: HttpErrorCode;
  status?: number;
  /** Seconds to wait before retrying, from `Retry-After`, when the host said so. */
  retryAfterSeconds?: number;
  message: string;
}

export type Result<T, E = HttpError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** One request to a host API, behaving like the host's own proxy: status, headers, Retry-After. */
export interface HttpPort {
  request(request: HttpRequest): Promise<Result<HttpResponse>>;
}

/** Structured logs; never given customer personal data (names, emails, phones, amounts). */
export interface Logger {
  info(event: string, fields?: Record<string, string | number | boolean>): void;
  warn(event: string, fields?: Record<string, string | number | boolean>): void;
  error(event: string, fields?: Record<string, string | number | boolean>): void;
}
