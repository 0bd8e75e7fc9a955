/** The backend's expected failures: a code from the contract, a message safe to show, an HTTP status. */
import type { ApiErrorCode, ApiErrorReply } from '../contract';

/** An expected failure; never carries customer personal data. */
export interface BackendError {
  code: ApiErrorCode;
  message: string;
  retryAfterSeconds?: number;
}

const statusByCode: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  'not-installed': 403,
  'reinstall-needed': 403,
  'bad-request': 400,
  forbidden: 403,
  'not-found': 404,
  'missing-scope': 403,
  'rate-limited': 429,
  'daily-limit-reached': 429,
  'hubspot-unavailable': 502,
  'hubspot-malformed-reply': 502,
  'write-in-progress': 409,
  'idempotency-key-reused': 422,
  internal: 500,
};

/** The HTTP status the card receives for an error code. */
export function statusForError(code: ApiErrorCode): number {
  return statusByCode[code];
}

/** The JSON body of a failed reply. */
export function errorReply(error: BackendError): ApiErrorReply {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: error.retryAfterSeconds }),
    },
  };
}

/** Shorthand for a failure value. */
export function backendError(
  code: ApiErrorCode,
  message: string,
  retryAfterSeconds?: number,
): BackendError {
  return retryAfterSeconds === undefined ? { code, message } : { code, message, retryAfterSeconds };
}
