/**
 * What a host writes to an agent's day record: a tone send or a guard event. Both go on the same
 * record by the same read-add-upsert, so a host writes either through one path.
 */
import { addGuardEventToDay, type GuardEvent } from './guard-day-counts';
import { addSendToDay, type ToneDayCounts, type ToneSend } from './tone-day-counts';

export type DayEvent = ToneSend | GuardEvent;

/** The id the day record remembers the event by (a repeat of it counts once). */
export function dayEventId(event: DayEvent): string {
  return 'kind' in event ? event.eventId : event.sendId;
}

/** The day's counts with `event` added, or `unchanged: true` when the day already counted it. */
export function addDayEvent(
  day: ToneDayCounts | undefined,
  event: DayEvent,
): { day: ToneDayCounts; unchanged: boolean } {
  return 'kind' in event ? addGuardEventToDay(day, event) : addSendToDay(day, event);
}
