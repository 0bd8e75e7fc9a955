/**
 * What a failed HTTP status means, decided once for every adapter (the Zendesk proxy, the card's
 * backend client, the server's HubSpot caller and the CLI). Adapters with their own vocabulary
 * (the server's `missing-scope`, the card's `daily-limit`) translate from this.
 */
import type { HttpErrorCode } from '../ports';

export const statusErrorCodes = [
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'timeout',
  'server-error',
  'bad-request',
] as const satisfies readonly HttpErrorCode[];
export type StatusErrorCode = (typeof statusErrorCodes)[number];

const named: ReadonlyMap<number, StatusErrorCode> = new Map([
  [401, 'unauthorized'],
  [403, 'forbidden'],
  [404, 'not-found'],
  [408, 'timeout'],
  [409, 'conflict'],
  [429, 'rate-limited'],
  [504, 'timeout'],
]);

/** The error code for a status that is not a success: named ones, other 5xx, any other status. */
export function errorCodeForStatus(status: number): StatusErrorCode {
  return named.get(status) ?? (status >= 500 ? 'server-error' : 'bad-request');
}
