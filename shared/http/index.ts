export { requestWithRetry, isSafeToRepeat, retryDelayMs, type RetryOptions } from './retry';
export { parseReply } from './parse';
export { shareInFlightGets } from './share-gets';
export { fetchPage, fetchAllPages, type Page, type NextPath } from './pages';
export {
  zendeskCursorFields,
  zendeskNextPath,
  withZendeskCursor,
  zendeskPageSize,
} from './zendesk-cursor';
