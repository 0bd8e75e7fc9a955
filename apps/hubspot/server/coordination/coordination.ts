/**
 * What instances of the backend must agree on beyond the store's rows: how many HubSpot calls each
 * portal has made lately (HubSpot's burst limit counts every instance's calls together) and who is
 * refreshing a portal's token right now. On SQLite there is one process, so both live in memory; on
 * PostgreSQL they live in the database (postgresCoordination.ts) so any number of instances share them.
 */
import { createPortalLimiter, type LimiterOptions, type PortalLimiter } from '../hubspot/limiter';

/** Gives the release of a lock taken, or `undefined` while someone else holds it. */
export interface RefreshLock {
  /**
   * Takes the portal's token-refresh lock if it is free, without waiting. The returned function
   * releases it; a process that dies holding it loses it with its connection.
   */
  tryAcquire(portalId: number): Promise<(() => Promise<void>) | undefined>;
}

/** The per-portal limiter and refresh lock one backend instance uses. */
export interface Coordination {
  readonly kind: 'local' | 'postgres';
  limiter: PortalLimiter;
  refreshLock: RefreshLock;
  close(): Promise<void>;
}

/**
 * One process's coordination: the in-memory limiter, and a lock that is always free (the OAuth
 * module already runs one refresh per portal at a time within a process).
 */
export function createLocalCoordination(options: LimiterOptions): Coordination {
  return {
    kind: 'local',
    limiter: createPortalLimiter(options),
    refreshLock: { tryAcquire: async () => async () => {} },
    close: async () => {},
  };
}
