import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { testToneSend } from '../testing/outcome-records';
import { addDayEvent, dayEventId, type DayEvent } from './day-event';
import type { GuardEvent } from './guard-day-counts';

const send = testToneSend('save-1');
const guard = (eventId: string): GuardEvent => ({
  agent: send.agent,
  date: send.date,
  kind: 'not-now',
  eventId,
});

describe('one path for every event on a day record', () => {
  it('counts a send and a guard event on the same day, each by its own id', () => {
    let day = addDayEvent(undefined, send).day;
    day = addDayEvent(day, guard('not-now-5-email')).day;
    expect(day).toMatchObject({ sends: 1, notNow: 1, recentSends: ['save-1', 'not-now-5-email'] });
    expect([dayEventId(send), dayEventId(guard('g'))]).toEqual(['save-1', 'g']);
  });

  it('counts any event once, however often it is repeated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<DayEvent>(send, guard('g-1'), guard('g-2')), { maxLength: 12 }),
        (events) => {
          let day = addDayEvent(undefined, guard('start')).day;
          for (const event of events) day = addDayEvent(day, event).day;
          const distinct = new Set(events.map(dayEventId));
          expect(day.sends + (day.notNow ?? 0)).toBe(1 + distinct.size);
          expect(addDayEvent(day, guard('start')).unchanged).toBe(true);
        },
      ),
    );
  });
});
