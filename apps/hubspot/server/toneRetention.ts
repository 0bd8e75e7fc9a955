/**
 * How long a portal's tone day counts are kept: the admin's `outcomes.retentionMonths` (default 13),
 * counted back from the portal's today in whole months. Run for a portal when an event is recorded
 * or the page is read, and for every portal holding counts by the hourly sweep, so a portal nobody
 * uses still loses its old counts.
 */
import { addMonths, type PlainDate } from '../../../shared/calendar/calendar';
import { outcomesSettingsIn, type OutcomesSettings } from '../../../shared/outcomes';
import type { Store } from './store/store';

/** The first day still kept on `today` (days before it are erased). */
export function toneRetentionStart(today: PlainDate, settings: OutcomesSettings): PlainDate {
  return addMonths(today, -settings.retentionMonths);
}

/** The portal's outcomes settings as stored (defaults for anything missing or unreadable). */
export async function storedOutcomesSettings(
  store: Store,
  portalId: number,
): Promise<OutcomesSettings> {
  const stored = await store.getSettings(portalId);
  if (stored === undefined) return outcomesSettingsIn({});
  try {
    return outcomesSettingsIn(JSON.parse(stored));
  } catch {
    return outcomesSettingsIn({});
  }
}

/** Erases the portal's tone days older than its retention allows on `today`; how many rows went. */
export async function purgeToneDays(
  store: Store,
  portalId: number,
  today: PlainDate,
): Promise<number> {
  const settings = await storedOutcomesSettings(store, portalId);
  return store.deleteToneDaysBefore(portalId, toneRetentionStart(today, settings));
}

/** The sweep: every portal holding tone days, each by its own retention. */
export async function purgeAllToneDays(store: Store, today: PlainDate): Promise<number> {
  let deleted = 0;
  for (const portalId of await store.portalsWithToneDays()) {
    deleted += await purgeToneDays(store, portalId, today);
  }
  return deleted;
}
