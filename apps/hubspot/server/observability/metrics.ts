/**
 * Prometheus metrics (prom-client), one registry per backend so several in one process (tests, the
 * playground) never mix. Labels are routes as registered, methods, statuses and outcomes: never a
 * portal id, contact id, user or URL (no personal data, and a bounded number of series).
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the backend counts and times. */
export interface Metrics {
  registry: Registry;
  /** Answered requests by method, route and status. */
  requests: Counter<'method' | 'route' | 'status'>;
  /** Time to answer, seconds, by method and route. */
  requestSeconds: Histogram<'method' | 'route'>;
  /** Each HubSpot API attempt by its status (`timeout` and `network` when none came). */
  hubspotCalls: Counter<'status'>;
  /** Time spent waiting for a limiter slot, seconds, by outcome (`slot`, `refused`). */
  limiterWaitSeconds: Histogram<'outcome'>;
  /** Token refreshes by outcome (`ok` or the error code). */
  tokenRefreshes: Counter<'outcome'>;
  /** Store operations that failed, by operation. */
  storeErrors: Counter<'operation'>;
}

/** A fresh registry with the backend's metrics and Node's process metrics. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tactful_' });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: 'tactful_http_requests_total',
      help: 'Requests answered, by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    requestSeconds: new Histogram({
      name: 'tactful_http_request_duration_seconds',
      help: 'Time to answer a request, by method and route.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    }),
    hubspotCalls: new Counter({
      name: 'tactful_hubspot_calls_total',
      help: 'HubSpot API attempts, by status (timeout or network when no reply came).',
      labelNames: ['status'],
      registers,
    }),
    limiterWaitSeconds: new Histogram({
      name: 'tactful_limiter_wait_seconds',
      help: 'Time waited for a per-portal HubSpot rate-limit slot, by outcome (slot or refused).',
      labelNames: ['outcome'],
      buckets: [0, 0.01, 0.1, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    tokenRefreshes: new Counter({
      name: 'tactful_token_refreshes_total',
      help: 'OAuth token refreshes, by outcome (ok or the error code).',
      labelNames: ['outcome'],
      registers,
    }),
    storeErrors: new Counter({
      name: 'tactful_store_errors_total',
      help: 'Store operations that failed, by operation.',
      labelNames: ['operation'],
      registers,
    }),
  };
}
