import { describe, expect, it } from '@jest/globals';
import { testPromise } from '../testing/factories';
import type { ContactEvent, PromiseState } from './events';
import { stageFor } from './stage';
import { createHistorySummarizer, summarizeHistory } from './summary';
import { timelineNewestFirst } from './timeline';

const now = '2026-11-25T15:00:00Z'; // 09:00 in Chicago, Wednesday
const zone = 'America/Chicago';

let counter = 0;
const event = (at: string, overrides: Partial<ContactEvent> = {}): ContactEvent => ({
  id: `e${(counter += 1)}`,
  at,
  channel: 'email',
  direction: 'outbound',
  outcome: 'delivered',
  ...overrides,
});

const promise = (id: string, at: string, state: PromiseState, dueDate: string) =>
  testPromise(at, state, dueDate, { id });

describe('summarizeHistory', () => {
  it('finds the last inbound and outbound touch and the last conversation with the customer', () => {
    const events = [
      event('2026-11-20T16:00:00Z', { channel: 'call', outcome: 'conversation' }),
      event('2026-11-24T16:00:00Z', { direction: 'inbound', outcome: 'replied' }),
      event('2026-11-22T16:00:00Z', {
        channel: 'call',
        outcome: 'conversation',
        rightParty: false,
      }),
      event('2026-11-23T16:00:00Z', { channel: 'sms' }),
      event('2026-11-25T14:00:00Z', { channel: 'note' }),
      event('2026-11-25T14:30:00Z', {
        channel: 'payment',
        direction: 'inbound',
        outcome: 'unknown',
      }),
    ];
    const summary = summarizeHistory(events, { now, timeZone: zone });
    expect(summary.lastInbound?.at).toBe('2026-11-24T16:00:00Z');
    expect(summary.lastOutbound?.at).toBe('2026-11-23T16:00:00Z');
    expect(summary.lastRightPartyConversation?.at).toBe('2026-11-20T16:00:00Z');
    expect(summary.eventCount).toBe(6);
  });

  it('counts touches on the customer’s last 7 and 30 calendar days by channel', () => {
    const events = [
      // 19 Nov 00:30 in Chicago: the first of the 7 days.
      event('2026-11-19T06:30:00Z', { channel: 'call', outcome: 'no-answer' }),
      // 18 Nov 23:30 in Chicago (19 Nov in UTC): outside the 7 days.
      event('2026-11-19T05:30:00Z', { channel: 'sms' }),
      event('2026-11-24T12:00:00Z', { direction: 'inbound' }),
      event('2026-10-27T12:00:00Z', { channel: 'letter' }),
      event('2026-10-25T12:00:00Z', { channel: 'letter' }),
      event('2026-11-24T12:00:00Z', { channel: 'note' }),
    ];
    const summary = summarizeHistory(events, { now, timeZone: zone });
    expect(summary.last7Days).toMatchObject({ total: 2, inbound: 1, outbound: 1 });
    expect(summary.last7Days.byChannel).toMatchObject({ call: 1, email: 1, sms: 0 });
    expect(summary.last30Days).toMatchObject({ total: 4 });
    expect(summary.last30Days.byChannel).toMatchObject({ letter: 1, sms: 1 });
  });

  it('keeps the latest state of each promise and lists open and broken ones', () => {
    const events = [
      promise('p1', '2026-11-01T12:00:00Z', 'pending', '2026-11-15'),
      promise('p1', '2026-11-16T12:00:00Z', 'broken', '2026-11-15'),
      promise('p2', '2026-11-20T12:00:00Z', 'pending', '2026-12-05'),
      promise('p3', '2026-11-21T12:00:00Z', 'pending', '2026-11-30'),
      promise('p4', '2026-10-01T12:00:00Z', 'kept', '2026-10-05'),
    ];
    const summary = summarizeHistory(events, { now, timeZone: zone });
    expect(summary.openPromises.map((p) => p.id)).toEqual(['p3', 'p2']);
    expect(summary.brokenPromises.map((p) => p.id)).toEqual(['p1']);
  });

  it('counts days past due in the customer’s calendar and names the stage', () => {
    // 25 Nov 02:00 UTC is still 24 Nov in Chicago.
    const late = summarizeHistory([], {
      now: '2026-11-25T02:00:00Z',
      timeZone: zone,
      dueDate: '2026-11-09',
    });
    expect(late).toMatchObject({ daysPastDue: 15, stage: '1-15' });
    const early = summarizeHistory([], { now, timeZone: zone, dueDate: '2026-11-28' });
    expect(early).toMatchObject({ daysPastDue: -3, stage: 'pre-due' });
    expect(summarizeHistory([], { now, timeZone: zone }).stage).toBeNull();
  });

  it('leaves out events dated after now and says how many', () => {
    const summary = summarizeHistory([event('2026-11-25T16:00:00Z')], { now, timeZone: zone });
    expect(summary).toMatchObject({ eventCount: 0, ignoredFutureEvents: 1, lastOutbound: null });
  });

  it('gives the same summary whether fed at once or page by page in any order', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      event(new Date(Date.UTC(2026, 10, 25, 14) - i * 9 * 3_600_000).toISOString(), {
        channel: i % 3 === 0 ? 'call' : 'email',
        direction: i % 4 === 0 ? 'inbound' : 'outbound',
        outcome: i % 5 === 0 ? 'conversation' : 'delivered',
      }),
    );
    const whole = summarizeHistory(events, { now, timeZone: zone, dueDate: '2026-10-01' });
    const summarizer = createHistorySummarizer({ now, timeZone: zone, dueDate: '2026-10-01' });
    summarizer.add(events.slice(40));
    summarizer.add(events.slice(0, 20));
    summarizer.add(events.slice(20, 40));
    expect(summarizer.summary()).toEqual(whole);
    expect(summarizer.guardEvents().every((e) => e.channel === 'call')).toBe(true);
  });
});

describe('stageFor', () => {
  it('uses the default bands and accepts custom ones', () => {
    expect([-5, 0, 1, 15, 16, 30, 31, 60, 61, 90, 91].map((d) => stageFor(d))).toEqual([
      'pre-due',
      'pre-due',
      '1-15',
      '1-15',
      '16-30',
      '16-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
    ]);
    const custom = [
      { id: 'early', maxDaysPastDue: 10 },
      { id: 'late', maxDaysPastDue: null },
    ];
    expect(stageFor(11, custom)).toBe('late');
  });
});

describe('timelineNewestFirst', () => {
  it('orders by instant, not by text, across offsets', () => {
    const a = event('2026-11-25T10:00:00-06:00'); // 16:00Z
    const b = event('2026-11-25T15:30:00Z');
    expect(timelineNewestFirst([b, a]).map((e) => e.id)).toEqual([a.id, b.id]);
  });
});
