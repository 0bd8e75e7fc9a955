/**
 * The metrics taken around the parts that do the work, without those parts knowing: requests by a
 * Fastify hook, the limiter and the store by wrapping them. HubSpot calls and token refreshes report
 * through the small callbacks their options take.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PortalLimiter } from '../hubspot/limiter';
import type { Store } from '../store/store';
import type { Metrics } from './metrics';

/** Counts and times every answered request by its registered route (never its URL). */
export function measureRequests(
  app: FastifyInstance,
  metrics: Metrics,
  routeOf: (request: FastifyRequest) => string,
): void {
  // A callback hook, not an async one: it runs on every request, and this way costs no promise.
  app.addHook('onResponse', (request, reply, done) => {
    const route = routeOf(request);
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestSeconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}

/** The limiter, timing each wait for a slot. */
export function measureLimiter(
  limiter: PortalLimiter,
  metrics: Metrics,
  now: () => number,
): PortalLimiter {
  return {
    async acquire(portalId, deadline) {
      const started = now();
      const slot = await limiter.acquire(portalId, deadline);
      metrics.limiterWaitSeconds.observe(
        { outcome: slot.ok ? 'slot' : 'refused' },
        Math.max(0, now() - started) / 1000,
      );
      return slot;
    },
  };
}

/**
 * What a store call that succeeded says about token refreshes: new tokens stored, or the
 * installation marked broken because HubSpot refused its refresh token for good. (Counted here, at
 * the store, so OAuth need not know about metrics.)
 */
const refreshOutcomes = new Map<string, string>([
  ['updateRefreshedTokens', 'renewed'],
  ['markInstallationBroken', 'invalid-grant'],
]);

/**
 * The store, counting each operation that fails (rejects or throws) by its name, and each token
 * refresh it stores.
 */
export function measureStore(store: Store, metrics: Metrics): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const operation = property;
      return (...parameters: unknown[]): unknown => {
        const counted = (error: unknown) => {
          metrics.storeErrors.inc({ operation });
          throw error;
        };
        try {
          const result: unknown = Reflect.apply(value, target, parameters);
          if (!(result instanceof Promise)) return result;
          const outcome = refreshOutcomes.get(operation);
          return result.then((settled: unknown) => {
            if (outcome !== undefined && settled === true) metrics.tokenRefreshes.inc({ outcome });
            return settled;
          }, counted);
        } catch (error) {
          return counted(error);
        }
      };
    },
  });
}
