/**
 * Per-portal burst limiter: at most `limit` HubSpot requests in any rolling `windowMs` (110 per 10 s
 * for marketplace apps). A request that would have to wait past its deadline is refused instead, so
 * the card gets a "try again in n s" rather than a timeout.
 */

/**
 * HubSpot's burst limit for an app using OAuth: 110 requests in any 10 s, per installed account
 * (tests/platform/hubspot-rate-limits.test.ts names the source).
 */
export const hubspotBurstLimit = { limit: 110, windowMs: 10_000 } as const;

/** Options of the limiter; `now` and `sleep` are injected for tests. */
export interface LimiterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Waits for a slot. */
export interface PortalLimiter {
  /** Resolves `{ ok: true }` once a slot is taken, or `{ ok: false, waitMs }` if it would pass `deadline`. */
  acquire(
    portalId: number,
    deadline: number,
  ): Promise<{ ok: true } | { ok: false; waitMs: number }>;
}

/** A limiter keeping the start times of each portal's recent requests. */
export function createPortalLimiter(options: LimiterOptions): PortalLimiter {
  const recent = new Map<number, number[]>();
  return {
    async acquire(portalId, deadline) {
      for (;;) {
        const now = options.now();
        const times = (recent.get(portalId) ?? []).filter((t) => t > now - options.windowMs);
        recent.set(portalId, times);
        if (times.length < options.limit) {
          times.push(now);
          return { ok: true };
        }
        const waitMs = (times[0] ?? now) + options.windowMs - now + 1;
        if (now + waitMs > deadline) return { ok: false, waitMs };
        await options.sleep(waitMs);
      }
    },
  };
}
