/**
 * One token refresh per portal across instances: whoever takes the portal's refresh lock refreshes
 * (unless the store already holds a token renewed meanwhile); every other instance polls the store
 * until the fresh token lands there, instead of asking HubSpot again.
 */
import type { Result } from '../../../../shared/ports';
import { err } from '../../../../shared/ports';
import type { RefreshLock } from './coordination';

/** What `refreshOnce` needs for one portal. */
export interface RefreshOnceOptions<E> {
  lock: RefreshLock;
  portalId: number;
  /**
   * The token another instance stored since this refresh was asked for (or the installation's end,
   * as an error); `undefined` while the stored token is still the one that needs replacing.
   */
  renewedInStore(): Promise<Result<string, E> | undefined>;
  /** Asks HubSpot for new tokens and stores them. */
  refresh(): Promise<Result<string, E>>;
  /** The answer when the holder of the lock has not stored a token by `giveUpAt`. */
  late(): E;
  giveUpAt: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** How often a waiting instance looks at the store (default 50 ms). */
  pollMs?: number;
}

/** A token for the portal, refreshed here or by whichever instance holds the lock. */
export async function refreshOnce<E>(options: RefreshOnceOptions<E>): Promise<Result<string, E>> {
  for (;;) {
    const release = await options.lock.tryAcquire(options.portalId);
    if (release) {
      try {
        // The holder before us may have finished just now: its token is as good as a new one.
        return (await options.renewedInStore()) ?? (await options.refresh());
      } finally {
        await release();
      }
    }
    const renewed = await options.renewedInStore();
    if (renewed) return renewed;
    if (options.now() >= options.giveUpAt) return err(options.late());
    await options.sleep(options.pollMs ?? 50);
  }
}
