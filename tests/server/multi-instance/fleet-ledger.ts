/** What passes between the run and the fleet process, checked on both sides. */
import { z } from 'zod';

const share = z.number().min(0).max(1);

/** The fleet's options as the run sends them. */
export const fleetOptionsSchema = z.object({
  portalIds: z.array(z.number().int().positive()).min(1),
  clientId: z.string(),
  clientSecret: z.string(),
  tokenLifetimeSeconds: z.number().positive(),
  faults: z.object({ rateLimited: share, unavailable: share, lostReply: share }),
});

/** The fleet's ledger as it prints it. */
export const fleetLedgerSchema = z.object({
  calls: z.record(z.string(), z.array(z.number())),
  refreshes: z.record(
    z.string(),
    z.array(z.object({ at: z.number(), replacedIssuedAt: z.number() })),
  ),
  faults: z.object({ rateLimited: z.number(), unavailable: z.number(), lostReply: z.number() }),
  /** Write marker → notes and tasks carrying it. */
  markers: z.record(z.string(), z.number()),
});
export type FleetLedgerReport = z.infer<typeof fleetLedgerSchema>;
