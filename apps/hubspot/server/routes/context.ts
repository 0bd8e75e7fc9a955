/** What every route group is given by `createServer`. */
import type { ContactReads } from '../cache/contactReads';
import type { HubSpotCaller } from '../hubspot/hubspotCaller';
import type { IdempotencyDeps } from '../idempotency';

/** The store, logger, clock and HubSpot access the routes share. */
export interface RouteDeps extends IdempotencyDeps {
  /** Time one card request may take in all (the card's `hubspot.fetch` gives up at 15 s). */
  budgetMs: number;
  /** A HubSpot caller for one portal that gives up at `deadline` (epoch ms). */
  callerFor(portalId: number, deadline: number): HubSpotCaller;
  /** The contact reads kept briefly in memory, and their invalidation on our writes. */
  contactReads: ContactReads;
}
