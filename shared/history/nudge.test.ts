import { describe, expect, it } from '@jest/globals';
import type { ContactEvent, Flag } from './events';
import { historyNow, historyTimeZone, testEvent, testPromise } from '../testing/factories';
import { contactAllowedAt } from './guards';
import { suggestNudge, type NudgeInput } from './nudge';
import { summarizeHistory } from './summary';

const now = historyNow; // Wednesday 09:00 in Chicago
const timeZone = historyTimeZone;

/** An unanswered outbound call at `at`. */
const touch = testEvent;

function input(events: ContactEvent[], extra: Partial<NudgeInput> = {}): NudgeInput {
  const flags: readonly Flag[] = extra.flags ?? [];
  const summary = summarizeHistory(events, { now, timeZone, dueDate: extra.dueDate });
  return { now, timeZone, events, flags, summary, ...extra };
}

describe('suggestNudge', () => {
  it('suggests a friendly email reminder a few days before the due date, at a civil hour', () => {
    const nudge = suggestNudge(input([], { dueDate: '2026-12-05' }));
    expect(nudge).toMatchObject({
      kind: 'friendly-reminder',
      channel: 'email',
      at: '2026-12-02T10:00:00-06:00',
    });
  });

  it('sends the reminder now when the due date is close and the hour allows', () => {
    const nudge = suggestNudge(input([], { dueDate: '2026-11-27' }));
    expect(nudge).toMatchObject({ kind: 'friendly-reminder', at: '2026-11-25T09:00:00-06:00' });
  });

  it('checks in by phone after a broken promise, but not before the call guard allows', () => {
    const broken = testPromise('2026-11-21T12:00:00Z', 'broken', '2026-11-20', { id: 'p1' });
    const open = suggestNudge(input([broken], { dueDate: '2026-11-01' }));
    expect(open).toMatchObject({
      kind: 'promise-check-in',
      channel: 'call',
      at: '2026-11-25T09:00:00-06:00',
    });

    // Seven calls by the promise's due date fill the 7-day window until 26 Nov.
    const calls = [19, 20, 21, 22, 23, 24, 24].map((d, i) => touch(`2026-11-${d}T1${i}:00:00Z`));
    const late = { ...broken, promise: { state: 'broken' as const, dueDate: '2026-11-24' } };
    const nudge = suggestNudge(input([late, ...calls], { dueDate: '2026-11-01' }));
    expect(nudge).toMatchObject({ kind: 'promise-check-in', channel: 'call' });
    expect(nudge.at).toBe('2026-11-26T08:00:00-06:00');
  });

  it('pauses after a conversation and then follows up in writing', () => {
    const spoke = touch('2026-11-23T16:00:00Z', { outcome: 'conversation' });
    const nudge = suggestNudge(input([spoke], { dueDate: '2026-11-01' }));
    expect(nudge).toMatchObject({
      kind: 'pause-after-conversation',
      channel: 'email',
      at: '2026-11-30T10:00:00-06:00',
    });
  });

  it('gives a vulnerable customer twice the room', () => {
    const spoke = touch('2026-11-23T16:00:00Z', { outcome: 'conversation' });
    const flags: Flag[] = [{ kind: 'vulnerable', since: '2026-11-01', source: 'agent' }];
    const nudge = suggestNudge(input([spoke], { dueDate: '2026-11-01', flags }));
    expect(nudge.at).toBe('2026-12-07T10:00:00-06:00');
    expect(nudge.notices.map((n) => n.code)).toEqual(['vulnerable']);
  });

  it('waits for a pending promise instead of sending reminders', () => {
    const pending = testPromise('2026-11-20T12:00:00Z', 'pending', '2026-11-28', { id: 'p2' });
    const nudge = suggestNudge(input([pending], { dueDate: '2026-11-01' }));
    expect(nudge).toMatchObject({ kind: 'await-promise', at: '2026-11-29T10:00:00-06:00' });
  });

  it('says stop when flags close every channel', () => {
    const flags: Flag[] = [{ kind: 'cease', since: '2026-11-01', source: 'letter' }];
    const nudge = suggestNudge(input([], { dueDate: '2026-11-01', flags }));
    expect(nudge).toMatchObject({ kind: 'stop', channel: null, at: null });
    expect(nudge).not.toHaveProperty('message');
  });

  it('moves to another channel when the preferred one is opted out, and never breaks its guard', () => {
    const flags: Flag[] = [{ kind: 'do-not-email', since: '2026-11-01', source: 'customer' }];
    const events = [touch('2026-11-24T16:00:00Z', { channel: 'sms', outcome: 'delivered' })];
    const nudge = suggestNudge(input(events, { dueDate: '2026-11-10', flags }));
    expect(nudge).toMatchObject({
      kind: 'follow-up',
      channel: 'sms',
      at: '2026-11-27T10:00:00-06:00',
    });
    expect(contactAllowedAt('sms', nudge.at!, { timeZone, events, flags }).allowed).toBe(true);
  });
});
