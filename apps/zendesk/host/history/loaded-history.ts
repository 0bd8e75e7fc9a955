/**
 * What the history panel has loaded for one customer, and how each load on request changes it:
 * older tickets join the list (a ticket already shown is not repeated), a ticket's replies are kept
 * by ticket and replace its opening touch on the timeline once read.
 */
import type { ContactEvent } from '../../../../shared/history';
import { withPage } from '../../../../shared/history/pages';
import type { HttpError } from '../../../../shared/ports';
import type { OpenedHistory } from './open';
import type { HistoryCustomer } from './profile';
import type { TicketEntry, TicketPage } from './tickets';

/** A ticket's replies as they load. */
export type RepliesState =
  | { status: 'loading' }
  | { status: 'ready'; events: readonly ContactEvent[] }
  | { status: 'error'; error: HttpError };

/** Everything loaded so far for one customer. */
export interface LoadedHistory {
  readonly customer: HistoryCustomer;
  readonly tickets: readonly TicketEntry[];
  readonly nextPath: string | undefined;
  readonly replies: ReadonlyMap<number, RepliesState>;
}

/** An opened customer's history: nothing loaded on request yet. */
export function loadedHistory({ customer, page }: OpenedHistory): LoadedHistory {
  return { customer, tickets: page.tickets, nextPath: page.nextPath, replies: new Map() };
}

/** `history` with an older page of tickets after it. */
export function withOlderTickets(history: LoadedHistory, page: TicketPage): LoadedHistory {
  const loaded = { entries: history.tickets, next: history.nextPath };
  const joined = withPage(
    loaded,
    { entries: page.tickets, next: page.nextPath },
    (ticket) => ticket.ticketId,
  );
  return { ...history, tickets: joined.entries, nextPath: joined.next };
}

/** `history` with the replies of ticket `ticketId` as they stand. */
export function withReplies(
  history: LoadedHistory,
  ticketId: number,
  replies: RepliesState,
): LoadedHistory {
  return { ...history, replies: new Map(history.replies).set(ticketId, replies) };
}

/** The timeline: ticket openings, replaced by a ticket's replies once the agent opened them. */
export function historyEvents(history: LoadedHistory): ContactEvent[] {
  return history.tickets.flatMap((ticket) => {
    const replies = history.replies.get(ticket.ticketId);
    return replies?.status === 'ready' && replies.events.length > 0
      ? [...replies.events]
      : [ticket.event];
  });
}

/** The channel a ticket's replies count on when a comment does not say: the ticket's own. */
export function repliesVia(ticket: TicketEntry): string {
  return ticket.event.channel === 'call' ? 'voice' : ticket.event.channel;
}

/** One timeline row: the touch, and for a ticket's opening, where reading its replies stands. */
export interface TimelineRow {
  readonly event: ContactEvent;
  /** A ticket opening's "Show replies": offered until they are read, busy while they load. */
  readonly replies?: {
    readonly ticket: TicketEntry;
    readonly status: 'offer' | 'loading' | 'failed';
  };
}

/** The rows of `timeline` (the view's, newest first) as loaded in `history`. */
export function timelineRows(
  timeline: readonly ContactEvent[],
  history: LoadedHistory,
): TimelineRow[] {
  const tickets = new Map(history.tickets.map((ticket) => [ticket.event.id, ticket]));
  return timeline.map((event) => {
    const ticket = tickets.get(event.id);
    const state = ticket && history.replies.get(ticket.ticketId);
    if (ticket === undefined || state?.status === 'ready') return { event };
    const status = state === undefined ? 'offer' : state.status === 'error' ? 'failed' : 'loading';
    return { event, replies: { ticket, status } };
  });
}
