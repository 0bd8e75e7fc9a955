/**
 * What a lead narrows the outcomes to: team or group, agent, brand (Zendesk) or owner (HubSpot),
 * currency and a date range. Absent means "all"; the date range defaults to the last 12 ISO weeks.
 */
import { compareDates, type PlainDate } from '../calendar/calendar';
import type { RecordScope } from './records';

export interface OutcomeFilters {
  readonly team?: string | undefined;
  readonly agent?: string | undefined;
  readonly brandOrOwner?: string | undefined;
  readonly currency?: string | undefined;
  /** First day counted (inclusive). */
  readonly from?: PlainDate | undefined;
  /** Last day counted (inclusive). */
  readonly to?: PlainDate | undefined;
}

/** True when the record's agent, team and brand or owner pass the filters. */
export function inScope(record: RecordScope, filters: OutcomeFilters): boolean {
  if (filters.agent !== undefined && record.agent !== filters.agent) return false;
  if (filters.team !== undefined && record.team !== filters.team) return false;
  if (filters.brandOrOwner !== undefined && record.brandOrOwner !== filters.brandOrOwner) {
    return false;
  }
  return true;
}

/** True when `date` is within `from`..`to` (both inclusive). */
export function inRange(date: PlainDate, range: { from: PlainDate; to: PlainDate }): boolean {
  return compareDates(date, range.from) >= 0 && compareDates(date, range.to) <= 0;
}
