/**
 * The history panel's controller: on open, who the customer is (one `client.get`) and then, in
 * parallel, their profile and the first page of their requested tickets (two API requests). Older
 * tickets and a ticket's replies load only when the agent asks; flags are set through the adapter.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ContactEvent } from '../../../../../shared/history';
import type { HttpError } from '../../../../../shared/ports';
import type { CustomerReadError } from '../../../host/customer';
import {
  changeContactFlag,
  openCustomerHistory,
  readHistorySettings,
  readTicketPage,
  readTicketReplies,
  type FlagChangeError,
  type FlagChangeRequest,
  type HistoryCustomer,
  type HistorySettings,
  type TicketEntry,
} from '../../../host/history';
import { readAgentName } from '../../../host/agent';
import { useHost } from '../../ClientProvider';

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

/** The panel's state on open. */
export type HistoryState =
  | { status: 'loading' }
  | { status: 'no-customer' }
  | { status: 'error'; error: CustomerReadError }
  | { status: 'ready'; history: LoadedHistory };

/** Loading older tickets: idle, under way, or failed with a reason. */
export type MoreState =
  { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: HttpError };

/** Saving a flag change. */
export type FlagSaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'error'; error: FlagChangeError };

/** The timeline: ticket openings, replaced by a ticket's replies once the agent opened them. */
export function historyEvents(history: LoadedHistory): ContactEvent[] {
  return history.tickets.flatMap((ticket) => {
    const replies = history.replies.get(ticket.ticketId);
    return replies?.status === 'ready' && replies.events.length > 0
      ? [...replies.events]
      : [ticket.event];
  });
}

/** State and intents of the history panel. */
export function useHistory() {
  const { client, http, retry, settings: shell, context, clock } = useHost();
  const settings: HistorySettings = useMemo(() => readHistorySettings(shell), [shell]);
  const [state, setState] = useState<HistoryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const [flagSave, setFlagSave] = useState<FlagSaveState>({ status: 'idle' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void openCustomerHistory(
      { client, http, retry, shell, settings },
      context.location,
      clock.now(),
    ).then((opened) => {
      if (!current) return;
      if (!opened.ok) return setState({ status: 'error', error: opened.error });
      if (opened.value === undefined) return setState({ status: 'no-customer' });
      const { customer, page } = opened.value;
      const { tickets, nextPath } = page;
      setState({ status: 'ready', history: { customer, tickets, nextPath, replies: new Map() } });
    });
    return () => {
      current = false;
    };
  }, [client, http, retry, shell, settings, context.location, clock, attempt]);

  const update = useCallback((change: (history: LoadedHistory) => LoadedHistory) => {
    setState((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', history: change(previous.history) }
        : previous,
    );
  }, []);

  const retryOpen = useCallback(() => setAttempt((n) => n + 1), []);

  const loadOlder = useCallback(async () => {
    if (state.status !== 'ready' || state.history.nextPath === undefined) return;
    const { customer, nextPath } = state.history;
    setMore({ status: 'loading' });
    const page = await readTicketPage(http, retry, customer.userId, nextPath);
    if (!page.ok) return setMore({ status: 'error', error: page.error });
    setMore({ status: 'idle' });
    update((history) => {
      const known = new Set(history.tickets.map((ticket) => ticket.ticketId));
      const fresh = page.value.tickets.filter((ticket) => !known.has(ticket.ticketId));
      return { ...history, tickets: [...history.tickets, ...fresh], nextPath: page.value.nextPath };
    });
  }, [state, http, retry, update]);

  const loadReplies = useCallback(
    async (ticket: TicketEntry) => {
      if (state.status !== 'ready') return;
      const customerId = state.history.customer.userId;
      const setReplies = (replies: RepliesState) =>
        update((history) => ({
          ...history,
          replies: new Map(history.replies).set(ticket.ticketId, replies),
        }));
      setReplies({ status: 'loading' });
      const via = ticket.event.channel === 'call' ? 'voice' : ticket.event.channel;
      const events = await readTicketReplies(http, retry, ticket.ticketId, customerId, via);
      setReplies(
        events.ok
          ? { status: 'ready', events: events.value }
          : { status: 'error', error: events.error },
      );
    },
    [state, http, retry, update],
  );

  const changeFlag = useCallback(
    async (request: Omit<FlagChangeRequest, 'by'>) => {
      if (state.status !== 'ready') return false;
      setFlagSave({ status: 'saving' });
      const agent = await readAgentName(client);
      const by = (agent.ok ? agent.value : undefined) ?? 'agent';
      const updated = await changeContactFlag(
        http,
        retry,
        state.history.customer.userId,
        { ...request, by },
        shell,
        settings,
        clock.now(),
      );
      if (!updated.ok) {
        setFlagSave({ status: 'error', error: updated.error });
        return false;
      }
      setFlagSave({ status: 'saved' });
      update((history) => ({ ...history, customer: updated.value }));
      return true;
    },
    [state, client, http, retry, shell, settings, clock, update],
  );

  return { state, settings, more, flagSave, retryOpen, loadOlder, loadReplies, changeFlag };
}
