import { describe, expect, it } from '@jest/globals';
import { testPromise } from '../testing/factories';
import { historyCaseNow, historyViewCases } from '../testing/history-view-cases';
import { flagListCases } from '../testing/flag-list-cases';
import { createTranslator } from '../i18n';
import { flagKinds } from './flag-kinds';
import { setFlagLine } from './view-words';
import type { ContactEvent } from './events';
import { firstTimelinePage, timelinePageSize } from './timeline-view';
import {
  flagsView,
  historyInsight,
  historyView,
  shownTimeline,
  summaryRows,
  type HistoryInsightInput,
} from './view';

const input = (overrides: Partial<HistoryInsightInput> = {}): HistoryInsightInput => ({
  now: historyCaseNow,
  timeZone: 'America/Chicago',
  events: [],
  flags: [],
  ...overrides,
});

const event = (id: string, at: string, overrides: Partial<ContactEvent> = {}): ContactEvent => ({
  id,
  at,
  channel: 'email',
  direction: 'outbound',
  outcome: 'sent',
  ...overrides,
});

/** The view of `events` for an agent in UTC. */
const viewOf = (events: ContactEvent[]) => historyView(input({ events }), 'UTC');

/** What a count of contacts is, before its figures. */
const counted = { kind: 'contacts' } as const;

/** The summary's count of contacts over the last seven days. */
const contactsLastWeek = (view: ReturnType<typeof historyView>) =>
  view.summary.find((row) => row.code === 'contacts7')?.value;

describe('history view model: the shared cases', () => {
  it.each(historyViewCases)('$name', (c) => {
    const flags = c.flags.map((kind) => ({ kind, since: '2026-11-01', source: 'agent' }));
    const view = historyView(input({ timeZone: c.timeZone, flags }), 'America/New_York');
    expect(
      Object.fromEntries(
        view.guards.map((g) => [g.channel, { state: g.state, reasons: g.codes.reasons }]),
      ),
    ).toEqual(c.guards);
    if (c.nudge)
      expect({ kind: view.nudge.kind, stopFlags: view.nudge.stopFlags }).toEqual(c.nudge);
  });
});

describe('history view model', () => {
  it('shows the next allowed time once when the agent and the customer share a zone', () => {
    const tokyo = input({ timeZone: 'Asia/Tokyo' });
    const [call] = historyView(tokyo, 'Asia/Tokyo').guards;
    expect(call?.next).toMatchObject({ sameZone: true, at: '2026-11-26T08:00:00+09:00' });
    expect(historyView(tokyo, 'America/New_York').guards[0]?.next?.sameZone).toBe(false);
  });

  it('lists the summary rows in one order, with days past due never below zero', () => {
    const before = historyView(input({ dueDate: '2026-12-01' }), 'UTC');
    expect(before.summary.map((row) => row.code)).toEqual([...summaryRows]);
    expect(before.summary.find((row) => row.code === 'daysPastDue')?.value).toEqual({
      kind: 'count',
      count: 0,
    });
    const unknown = historyView(input(), 'UTC').summary.find((row) => row.code === 'daysPastDue');
    expect(unknown?.value).toEqual({ kind: 'unknown' });
  });

  it('counts calls and emails, and the last contact is the newest touch either way', () => {
    const view = viewOf([
      event('1', '2026-11-20T15:00:00Z'),
      event('2', '2026-11-23T15:00:00Z', { channel: 'call', direction: 'inbound' }),
    ]);
    expect(contactsLastWeek(view)).toEqual({ ...counted, total: 2, calls: 1, emails: 1, other: 0 });
    expect(view.lastContact).toEqual({
      kind: 'touch',
      at: '2026-11-23T15:00:00Z',
      channel: 'call',
    });
    expect(view.timeline.map((e) => e.id)).toEqual(['2', '1']);
  });

  it('counts that add up: touches on other channels are counted as other', () => {
    const view = viewOf([
      event('1', '2026-11-20T15:00:00Z'),
      event('2', '2026-11-21T15:00:00Z', { channel: 'sms' }),
      event('3', '2026-11-22T15:00:00Z', { channel: 'meeting' }),
      event('4', '2026-11-23T15:00:00Z', { channel: 'call', direction: 'inbound' }),
    ]);
    expect(contactsLastWeek(view)).toEqual({ ...counted, total: 4, calls: 1, emails: 1, other: 2 });
  });

  it('gives the nudge the facts its explanation needs: days past due, a promise’s date', () => {
    const late = historyView(input({ dueDate: '2026-10-15' }), 'UTC');
    expect(late.nudge).toMatchObject({ kind: 'check-in', details: { daysPastDue: 41 } });
    expect(late.nudge.suggested?.channel).toBe('call');
    const promised = historyView(
      input({
        events: [testPromise('2026-11-20T15:00:00Z', 'pending', '2026-11-30', { id: 'p' })],
      }),
      'UTC',
    );
    expect(promised.nudge).toMatchObject({
      kind: 'await-promise',
      details: { dueDate: '2026-11-30' },
    });
  });

  it('the CLI, Zendesk and HubSpot read one insight: summary, every channel, the nudge', () => {
    const insight = historyInsight(
      input({ flags: [{ kind: 'cease', since: '2026-11-01', source: 'x' }] }),
    );
    expect(Object.keys(insight.guards).sort()).toEqual(['call', 'email', 'letter', 'sms']);
    expect(insight.nudge.kind).toBe('stop');
  });
});

describe('the timeline as a panel shows it', () => {
  const now = historyCaseNow;
  const at = (days: number) => new Date(Date.parse(now) + days * 86_400_000).toISOString();

  it('shows only sections with entries, and says when there are none at all', () => {
    expect(shownTimeline([], now, firstTimelinePage, false)).toEqual({ empty: true, sections: [] });
    const past = shownTimeline([event('a', at(-1))], now, firstTimelinePage, false);
    expect(past.empty).toBe(false);
    expect(past.sections.map((section) => section.id)).toEqual(['history']);
  });

  it('offers Show more under a section with hidden entries, and under the history while older pages exist', () => {
    const upcoming = Array.from({ length: timelinePageSize + 1 }, (_, i) =>
      event(`u${i}`, at(i + 1)),
    );
    const shown = shownTimeline([...upcoming, event('h', at(-2))], now, firstTimelinePage, false);
    expect(shown.sections.map(({ id, hidden, more }) => ({ id, hidden, more }))).toEqual([
      { id: 'upcoming', hidden: 1, more: true },
      { id: 'history', hidden: 0, more: false },
    ]);
    const older = shownTimeline([event('h', at(-2))], now, firstTimelinePage, true);
    expect(older.sections[0]).toMatchObject({ id: 'history', hidden: 0, more: true });
  });
});

describe('the flags panel over the shared flag list cases', () => {
  const t = createTranslator('en');
  it.each(flagListCases)('$name', (c) => {
    const view = flagsView(c.flags);
    expect(view.set.map((flag) => flag.kind)).toEqual(c.listed);
    for (const kind of flagKinds) expect(view.isOn(kind)).toBe(c.listed.includes(kind));
  });

  it('says when, who and why where known, and nothing it does not know', () => {
    const court = {
      kind: 'dispute',
      since: '2026-11-02',
      raisedBy: 'court',
      reason: 'Order 123',
    } as const;
    expect(setFlagLine(t, court, 'en')).toBe('since Nov 2, 2026, raised by a court: Order 123');
    expect(setFlagLine(t, { ...court, reason: '' }, 'en')).toBe(
      'since Nov 2, 2026, raised by a court',
    );
    // A box ticked in Zendesk by hand: no log line, so nothing but the flag.
    expect(setFlagLine(t, { kind: 'dispute' }, 'en')).toBe('');
    expect(setFlagLine(t, { kind: 'dispute', reason: 'Order 123' }, 'en')).toBe('Order 123');
  });
});
