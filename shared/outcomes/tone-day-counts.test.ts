import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { testToneSendPair, testToneSendPairCounts } from '../testing/outcome-records';
import { addSendToDay, recentSendLimit, toneDayKey, type ToneSend } from './tone-day-counts';

const send = (overrides: Partial<ToneSend> = {}): ToneSend =>
  testToneSendPair(['save-1', 'save-2'], { team: 'north', ...overrides })[0];

describe('tone day counts', () => {
  it('adds each send to its agent and day, keyed by both', () => {
    expect(toneDayKey('7', '2026-11-23')).toBe('tactful-tone-7-2026-11-23');
    const [firstSend, secondSend] = testToneSendPair(['save-1', 'save-2'], { team: 'north' });
    const first = addSendToDay(undefined, firstSend);
    const second = addSendToDay(first.day, secondSend);
    expect(second.day).toMatchObject({
      ...testToneSendPairCounts,
      agent: '7',
      team: 'north',
      recentSends: ['save-1', 'save-2'],
    });
  });

  it('keeps the day’s first team and brand, and fills them in on a day stored without', () => {
    const [firstSend, secondSend] = testToneSendPair(['save-1', 'save-2'], {
      team: 'north',
      brandOrOwner: '360001',
    });
    const first = addSendToDay(undefined, firstSend).day;
    const moved = addSendToDay(first, { ...secondSend, team: 'south', brandOrOwner: '360002' });
    expect(moved.day).toMatchObject({ team: 'north', brandOrOwner: '360001' });
    const { team: _team, brandOrOwner: _brand, ...stored } = first;
    expect(addSendToDay(stored, secondSend).day).toMatchObject({
      team: 'north',
      brandOrOwner: '360001',
    });
  });

  it('never counts a retried send twice, and holds no text', () => {
    const once = addSendToDay(undefined, send()).day;
    const again = addSendToDay(once, send());
    expect(again).toEqual({ day: once, unchanged: true });
    // Counts, ids and the date: no field that could hold what the agent wrote.
    expect(Object.keys(once).sort()).toEqual([
      'agent',
      'blocksCaught',
      'categories',
      'date',
      'draftsChecked',
      'okFirstTime',
      'recentSends',
      'sends',
      'sentOverWarning',
      'suggestionsApplied',
      'team',
      'verdicts',
    ]);
  });

  it('counts every distinct send exactly once, whatever the retries (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 60 }), (ids) => {
        let day = addSendToDay(undefined, send({ sendId: 'start' })).day;
        for (const id of ids) day = addSendToDay(day, send({ sendId: `save-${id}` })).day;
        // Every retry here arrives within the last 50 sends, so each id counts once.
        expect(day.sends).toBe(1 + new Set(ids).size);
        expect(day.recentSends.length).toBeLessThanOrEqual(recentSendLimit);
        expect(day.okFirstTime).toBeLessThanOrEqual(day.sends);
      }),
    );
  });

  it('refuses a send for another agent or day', () => {
    const day = addSendToDay(undefined, send()).day;
    expect(() => addSendToDay(day, send({ sendId: 'x', date: '2026-11-24' }))).toThrow();
  });
});
