/**
 * The backend's timers: what has expired is erased even when no request asks for it. Timers never
 * keep the process alive, and `stop` ends them when the backend closes.
 */
import type { Logger } from '../../../../shared/ports';
import { todayIn } from '../../../../shared/calendar/calendar';
import type { ContactReads } from '../cache/contactReads';
import type { Store } from '../store/store';
import { purgeAllToneDays } from '../toneRetention';

/** Starts the sweeps; the returned function stops them. */
export function startHousekeeping(parts: {
  store: Store;
  contactReads: ContactReads;
  now: () => number;
  logger: Logger;
}): () => void {
  const { store, contactReads, now, logger } = parts;
  // Expired idempotency keys and signatures go once a minute (any instance may do it), and so do
  // this process's expired contact reads.
  const sweep = setInterval(() => {
    contactReads.purgeExpired();
    store.deleteExpired(now()).catch(() => logger.warn('store.sweep-failed', {}));
  }, 60_000);
  sweep.unref();
  // Tone day counts past each portal's retention go hourly, so a portal nobody opens loses them too.
  const toneRetention = setInterval(() => {
    purgeAllToneDays(store, todayIn(new Date(now()), 'UTC')).catch(() =>
      logger.warn('store.tone-retention-failed', {}),
    );
  }, 3_600_000);
  toneRetention.unref();
  return () => {
    clearInterval(sweep);
    clearInterval(toneRetention);
  };
}
