import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { testEvent } from '../../../../shared/testing/factories';
import {
  historyEvents,
  loadedHistory,
  repliesVia,
  timelineRows,
  withOlderTickets,
  withReplies,
} from './loaded-history';
import type { HistoryCustomer } from './profile';
import type { TicketEntry } from './tickets';

const customer: HistoryCustomer = {
  userId: 7,
  name: 'Ana',
  timeZone: 'Europe/Madrid',
  flagStates: {
    cease: false,
    'do-not-call': false,
    'do-not-email': false,
    'do-not-sms': false,
    dispute: false,
    bankruptcy: false,
    'breathing-space': false,
    deceased: false,
    vulnerable: false,
  },
  flags: [],
  flagLog: '',
  flagChanges: [],
  suggestedFlags: [],
  setFlags: [],
};
const ticket = (id: number, channel: 'email' | 'call' = 'email'): TicketEntry => ({
  ticketId: id,
  status: 'open',
  subject: `Ticket ${id}`,
  event: testEvent(`2026-11-${String(10 + id).padStart(2, '0')}T09:00:00Z`, {
    id: `ticket-${id}`,
    channel,
  }),
});

describe('the history panel’s loaded tickets', () => {
  it('shows each ticket’s opening until its replies are read, then the replies instead', () => {
    const opened = loadedHistory({
      customer,
      page: { tickets: [ticket(1), ticket(2)], nextPath: 'p2' },
    });
    const reply = testEvent('2026-11-12T10:00:00Z', { id: 'reply-1', channel: 'email' });
    expect(historyEvents(opened).map((event) => event.id)).toEqual(['ticket-1', 'ticket-2']);
    const loading = withReplies(opened, 1, { status: 'loading' });
    expect(historyEvents(loading).map((event) => event.id)).toEqual(['ticket-1', 'ticket-2']);
    const read = withReplies(loading, 1, { status: 'ready', events: [reply] });
    expect(historyEvents(read).map((event) => event.id)).toEqual(['reply-1', 'ticket-2']);
    // A ticket with no replies to show keeps its opening.
    const empty = withReplies(opened, 2, { status: 'ready', events: [] });
    expect(historyEvents(empty).map((event) => event.id)).toEqual(['ticket-1', 'ticket-2']);
  });

  it('adds an older page without repeating a ticket already shown, and moves the next page on', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
        fc.option(fc.constant('p3'), { nil: undefined }),
        (first, older, next) => {
          const opened = loadedHistory({
            customer,
            page: { tickets: first.map((id) => ticket(id)), nextPath: 'p2' },
          });
          const joined = withOlderTickets(opened, {
            tickets: older.map((id) => ticket(id)),
            nextPath: next,
          });
          const ids = joined.tickets.map((entry) => entry.ticketId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.slice(0, first.length)).toEqual(first);
          expect(new Set(ids)).toEqual(new Set([...first, ...older]));
          expect(joined.nextPath).toBe(next);
        },
      ),
    );
  });

  it('reads a call ticket’s replies as voice, any other as its own channel', () => {
    expect(repliesVia(ticket(1, 'call'))).toBe('voice');
    expect(repliesVia(ticket(1, 'email'))).toBe('email');
  });

  it('offers a ticket opening’s replies until they are read: busy while loading, again after a failure', () => {
    const opened = loadedHistory({
      customer,
      page: { tickets: [ticket(1), ticket(2)], nextPath: undefined },
    });
    const note = testEvent('2026-11-13T09:00:00Z', { id: 'note-1' });
    const statusOf = (history: typeof opened) =>
      timelineRows([...historyEvents(history), note], history).map((row) => [
        row.event.id,
        row.replies?.status,
      ]);
    expect(statusOf(opened)).toEqual([
      ['ticket-1', 'offer'],
      ['ticket-2', 'offer'],
      ['note-1', undefined],
    ]);
    const loading = withReplies(opened, 1, { status: 'loading' });
    expect(statusOf(loading)[0]).toEqual(['ticket-1', 'loading']);
    const failed = withReplies(opened, 1, {
      status: 'error',
      error: { code: 'network', message: 'down' },
    });
    expect(statusOf(failed)[0]).toEqual(['ticket-1', 'failed']);
    const none = withReplies(opened, 1, { status: 'ready', events: [] });
    expect(statusOf(none)[0]).toEqual(['ticket-1', undefined]);
  });
});
