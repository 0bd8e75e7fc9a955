/** The multi-instance run's figures, as run.ts prints them and the test reads them back. */
import { z } from 'zod';

const count = z.number();

/** The figures of a run (printed as JSON, read back by the test with this schema). */
export const runReportSchema = z.object({
  instances: count,
  portals: count,
  requests: count,
  seconds: count,
  requestsPerSecond: count,
  latencyMs: z.object({ p50: count, p95: count, max: count }),
  /** Status → how many reads got it (reads are not retried). */
  reads: z.record(z.string(), count),
  writes: z.object({
    asked: count,
    acknowledged: count,
    attempts: count,
    /** Writes without their note or task in HubSpot, or never acknowledged. */
    lost: count,
    /** Writes with more than one note or task in HubSpot. */
    doubled: count,
  }),
  hubspot: z.object({
    calls: count,
    faults: z.object({ rateLimited: count, unavailable: count, lostReply: count }),
    windowMs: count,
    limit: count,
    /** Most calls any portal made in any window of `windowMs`, as HubSpot saw them arrive. */
    maxInAnyWindow: count,
    busiestPortalCalls: count,
  }),
  refreshes: z.object({
    total: count,
    perPortal: z.array(count),
    /** Refreshes of a token that was not yet due (a second refresh for one expiry). */
    early: count,
    /** Early refreshes of a token issued just before an instance was killed (lost with it). */
    earlyAfterKill: count,
  }),
  killed: z.object({ instance: count, atRequest: count, restartedAfterMs: count }).optional(),
  /** Warnings and errors the instances logged, by event. */
  instanceErrors: z.record(z.string(), count),
});
export type RunReport = z.infer<typeof runReportSchema>;
