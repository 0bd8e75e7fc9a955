/**
 * What every route group is given: the store, the clock, a HubSpot caller per portal (its token
 * from the installations, its pace from the shared limiter, every attempt counted) and the
 * contact reads kept briefly in memory.
 */
import { createContactReads, defaultContactReadTtlMs } from '../cache/contactReads';
import type { Coordination } from '../coordination/coordination';
import { createHubSpotCaller, type HubSpotCaller } from '../hubspot/hubspotCaller';
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
  const limiter = measureLimiter(coordination.limiter, metrics, now);
  const onAttempt = (status: number | 'timeout' | 'network') =>
    metrics.hubspotCalls.inc({ status: String(status) });
  return {
    store,
    logger,
    now,
    sleep,
    budgetMs,
    callerFor(portalId, deadline) {
      // Made on the first call: a read the contact cache answers (most of them) never calls HubSpot.
      let caller: HubSpotCaller | undefined;
      return {
        call(request, reply) {
          caller ??= createHubSpotCaller({
            portalId,
            accessToken: (refresh) => installations.accessToken(portalId, refresh, deadline),
            basePath,
            limiter,
            deadline,
            now,
            sleep,
            logger,
            onAttempt,
          });
          return caller.call(request, reply);
        },
      };
    },
    contactReads: createContactReads({
      ttlMs: options.contactReadTtlMs ?? defaultContactReadTtlMs,
      now,
    }),
  };
}
