/** The Zendesk customer and settings as the shared history view model reads them. */
import type { ContactEvent } from '../../../../shared/history';
import type { HistoryInsightInput } from '../../../../shared/history/view';
import type { HistorySettings } from './history-settings';
import type { HistoryCustomer } from './profile';

/** The view model's input for `customer` with `events` at `now`. */
export function historyInsightInput(
  customer: HistoryCustomer,
  events: readonly ContactEvent[],
  settings: HistorySettings,
  now: Date,
): HistoryInsightInput {
  const dueDate = customer.balance?.dueDate;
  return {
    now: now.toISOString(),
    timeZone: customer.timeZone,
    events,
    flags: customer.flags,
    ...(settings.quietHours ? { quietHours: settings.quietHours } : {}),
    ...(dueDate ? { dueDate } : {}),
  };
}
