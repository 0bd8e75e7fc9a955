/**
 * What every route group is given: the store, the clock, a HubSpot caller per portal (its token
 * from the installations, its pace from the shared limiter, every attempt counted) and the
 * contact reads kept briefly in memory.
 */
import { createContactReads, defaultContactReadTtlMs } from '../cache/contactReads';
import type { Coordination } from '../coordination/coordination';
import { createHubSpotCaller } from '../hubspot/hubspotCaller';
import type { Installations } from '../oauth';
import { measureLimiter } from '../observability/instrument';
import type { Metrics } from '../observability/metrics';
import type { ServerBasics, ServerOptions } from '../options';
import type { RouteDeps } from '../routes/context';
import type { Store } from '../store/store';

/** The parts the routes share. */
export function createRouteDeps(
  options: ServerOptions,
  parts: {
    basics: ServerBasics;
    store: Store;
    installations: Installations;
    coordination: Coordination;
    metrics: Metrics;
  },
): RouteDeps {
  const { basics, store, installations, coordination, metrics } = parts;
  const { logger, now, sleep, budgetMs, basePath } = basics;
  return {
    store,
    logger,
    now,
    sleep,
    budgetMs,
    callerFor: (portalId, deadline) =>
      createHubSpotCaller({
        portalId,
        accessToken: (refresh) => installations.accessToken(portalId, refresh, deadline),
        basePath,
        limiter: measureLimiter(coordination.limiter, metrics, now),
        deadline,
        now,
        sleep,
        logger,
        onAttempt: (status) => metrics.hubspotCalls.inc({ status: String(status) }),
      }),
    contactReads: createContactReads({
      ttlMs: options.contactReadTtlMs ?? defaultContactReadTtlMs,
      now,
    }),
  };
}
