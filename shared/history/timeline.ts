/** The timeline as panels show it: newest first, sorted once. */
import type { ContactEvent } from './events';
import { instantMillis } from './localTime';

/** The events newest first (ties keep their input order); does not change the input. */
export function timelineNewestFirst(events: readonly ContactEvent[]): ContactEvent[] {
  return events
    .map((event, index) => ({ event, index, ms: instantMillis(event.at) }))
    .sort((a, b) => b.ms - a.ms || a.index - b.index)
    .map((entry) => entry.event);
}
