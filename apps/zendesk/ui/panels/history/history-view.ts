/**
 * The history view as the agent reads it: the shared view model (shared/history/view.ts) over the
 * Zendesk customer, now, with times in the agent's own zone, and moments formatted for them.
 */
import { useCallback, useMemo } from 'react';
import { DateTime } from 'luxon';
import type { ContactEvent } from '../../../../../shared/history';
import { historyView, type HistoryView } from '../../../../../shared/history/view';
import { historyInsightInput } from '../../../host/history/insight-input';
import type { HistoryCustomer, HistorySettings } from '../../../host/history';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';

/** What the panel shows for `customer` with `events` now, and the agent's zone it shows times in. */
export function useHistoryView(
  customer: HistoryCustomer,
  events: readonly ContactEvent[],
  settings: HistorySettings,
): { view: HistoryView; agentZone: string } {
  const { clock } = useHost();
  // The agent's own IANA zone, as their browser reports it.
  const agentZone = useMemo(() => DateTime.local().zoneName ?? 'UTC', []);
  const view = useMemo(
    () => historyView(historyInsightInput(customer, events, settings, clock.now()), agentZone),
    [customer, events, settings, clock, agentZone],
  );
  return { view, agentZone };
}

/** How the agent reads a moment in one zone, in their locale (see `formatMoment`). */
export function useFormatMoment(): (at: string, zone: string) => string {
  const { locale } = useI18n();
  return useCallback((at: string, zone: string) => formatMoment(at, zone, locale), [locale]);
}

/** A moment as the agent reads it in one zone: "Wed, Nov 25, 8:00 AM". */
export function formatMoment(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale(locale).toLocaleString({
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}
