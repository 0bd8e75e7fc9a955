export {
  requestWithRetry,
  retrying,
  retryBounds,
  isSafeToRepeat,
  retryDelayMs,
  type RetryOptions,
  type RetryLoopOptions,
  type RetryableFailure,
  type RetryBounds,
} from './retry';
export { parseReply } from './parse';
export { errorCodeForStatus, statusErrorCodes, type StatusErrorCode } from './status';
export { retryAfterMs, retryAfterSeconds, maxRetryAfterMs } from './retry-after';
export { shareInFlightGets } from './share-gets';
export {
  fetchPage,
  fetchAllPages,
  nextPagePath,
  type Page,
  type NextPath,
  type PageOptions,
} from './pages';
