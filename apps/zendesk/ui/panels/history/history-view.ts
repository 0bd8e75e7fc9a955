/**
 * The Zendesk side of the history view model: the customer and settings as the shared view model
 * (shared/history/view.ts) reads them, and moments formatted as the agent reads them.
 */
import { DateTime } from 'luxon';
import type { ContactEvent } from '../../../../../shared/history';
import { historyView, type HistoryView } from '../../../../../shared/history/view';
import type { HistoryCustomer, HistorySettings } from '../../../host/history';

/** What the panel shows for `customer` with `events` at `now`, times for an agent in `agentZone`. */
export function zendeskHistoryView(
  customer: HistoryCustomer,
  events: readonly ContactEvent[],
  settings: HistorySettings,
  now: Date,
  agentZone: string,
): HistoryView {
  const dueDate = customer.balance?.dueDate;
  return historyView(
    {
      now: now.toISOString(),
      timeZone: customer.timeZone,
      events,
      flags: customer.flags,
      ...(settings.quietHours ? { quietHours: settings.quietHours } : {}),
      ...(dueDate ? { dueDate } : {}),
    },
    agentZone,
  );
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

/** The agent's own IANA zone, as their browser reports it. */
export function browserTimeZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}
