/**
 * The days the card's plans may not fall due on: the company's closure days from settings and the
 * public holidays the backend worked out for `policy.holidays` (apps/hubspot/server/portalHolidays),
 * so the card ships no holiday library yet closes the same days `closedDays` would.
 */
import { closedOn, type ClosedDays } from '../../../../shared/calendar/closed-days';
import type { PlainDate } from '../../../../shared/calendar/calendar';
import { toClosedDaysSource, type TactfulSettings } from '../../../../shared/settings';
import type { PortalHolidays } from '../../contract';

/** The closed days, or why the settings' holidays cannot move payment dates. */
export type CardClosedDays =
  | { kind: 'closed'; closed: ClosedDays }
  /** Not a country or region the holiday library knows: no closed days, as `closedDays` fails. */
  | { kind: 'unknown-holidays'; holidays: string }
  /** The backend sent no holidays for the code: the closure days alone. */
  | { kind: 'holidays-unavailable'; holidays: string; closed: ClosedDays };

/** Closed days for the policy: its closure days plus the holidays the backend sent for it. */
export function cardClosedDays(
  policy: TactfulSettings['policy'],
  holidays: PortalHolidays | undefined,
): CardClosedDays {
  const source = toClosedDaysSource(policy);
  const closures = source.closures ?? [];
  if (source.holidays === undefined) return { kind: 'closed', closed: closedOn(closures) };
  if (holidays === undefined || holidays.holidays !== source.holidays) {
    return { kind: 'holidays-unavailable', holidays: source.holidays, closed: closedOn(closures) };
  }
  if ('unknown' in holidays) return { kind: 'unknown-holidays', holidays: holidays.holidays };
  return { kind: 'closed', closed: closedOn(closures, holidays.dates as PlainDate[]) };
}
