import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { testToneSend } from '../testing/outcome-records';
import { addGuardEventToDay, notNowEventId, type GuardEvent } from './guard-day-counts';
import { addSendToDay } from './tone-day-counts';

const date = testToneSend('save-1').date;
const event = (kind: GuardEvent['kind'], eventId: string): GuardEvent => ({
  agent: '7',
  team: '360001',
  date,
  kind,
  eventId,
});

describe('guard counts on the agent’s day', () => {
  it('counts a "not now" and a contact against a guard without touching the tone counts', () => {
    const toneDay = addSendToDay(undefined, testToneSend('save-1')).day;
    let day = addGuardEventToDay(toneDay, event('not-now', notNowEventId('5', 'email', date))).day;
    day = addGuardEventToDay(day, event('contact-against-guard', 'save-2')).day;
    expect([day.notNow, day.contactsAgainstGuard]).toEqual([1, 1]);
    expect(day.sends).toBe(toneDay.sends);
    expect(day.draftsChecked).toBe(toneDay.draftsChecked);
  });

  it('starts a day that has no record yet, with no sends', () => {
    const { day } = addGuardEventToDay(undefined, event('not-now', 'n-1'));
    expect(day).toMatchObject({ agent: '7', team: '360001', date, sends: 0, notNow: 1 });
  });

  it('counts each event id once however often it is written (one ticket, channel and day)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 30 }), (ids) => {
        let day = addGuardEventToDay(undefined, event('not-now', 'first')).day;
        for (const id of ids) day = addGuardEventToDay(day, event('not-now', id)).day;
        expect(day.notNow).toBe(1 + new Set(ids).size);
      }),
    );
  });

  it('refuses an event of another agent or day', () => {
    const { day } = addGuardEventToDay(undefined, event('not-now', 'n-1'));
    expect(() => addGuardEventToDay(day, { ...event('not-now', 'n-2'), agent: '8' })).toThrow();
  });
});
