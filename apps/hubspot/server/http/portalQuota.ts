/**
 * Per-portal quotas on our own endpoints, so one HubSpot account cannot starve the others: a token
 * bucket per portal holding `perMinute` requests, refilled evenly over the minute. A request over
 * quota is refused with 429 `rate-limited` and Retry-After (seconds until a request fits again).
 * Kept in this instance's memory: behind N instances an account gets up to N times the quota,
 * which still bounds what one account can take from the fleet.
 */

/** What a portal may send. */
export interface PortalQuotaOptions {
  /** Requests a portal may make in a minute (and in one burst). */
  perMinute: number;
  now: () => number;
}

/** The outcome of asking for one request. */
export type QuotaVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one request from a portal's quota. */
export interface PortalQuota {
  take(portalId: number): QuotaVerdict;
}

/** Default quota: far above what a card opens with (a handful), far below a flood. */
export const defaultRequestsPerMinute = 300;

/**
 * Draft checks a portal may make for each request of its quota: an agent writing sends one after
 * each pause (a few a minute, dozens in a long reply), and a check is a millisecond of CPU.
 */
export const draftChecksPerRequest = 4;

// Past this many portals, buckets that have filled up again are dropped (they hold nothing).
const pruneAbove = 10_000;

/** A quota of token buckets, one a portal. */
export function createPortalQuota(options: PortalQuotaOptions): PortalQuota {
  const { perMinute, now } = options;
  if (!Number.isInteger(perMinute) || perMinute < 1)
    throw new Error('A portal quota allows at least one request a minute');
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<number, { tokens: number; at: number }>();
  const level = (bucket: { tokens: number; at: number }, at: number) =>
    Math.min(perMinute, bucket.tokens + Math.max(0, at - bucket.at) * refillPerMs);
  return {
    take(portalId) {
      const at = now();
      if (buckets.size > pruneAbove) {
        for (const [id, bucket] of buckets) if (level(bucket, at) >= perMinute) buckets.delete(id);
      }
      const bucket = buckets.get(portalId) ?? { tokens: perMinute, at };
      const tokens = level(bucket, at);
      if (tokens >= 1) {
        buckets.set(portalId, { tokens: tokens - 1, at });
        return { ok: true };
      }
      buckets.set(portalId, { tokens, at });
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)),
      };
    },
  };
}
