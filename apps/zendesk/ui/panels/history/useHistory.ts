/**
 * The history panel's controller: on open, who the customer is (one `client.get`) and then, in
 * parallel, their profile and the first page of their requested tickets (two API requests). Older
 * tickets and a ticket's replies load only when the agent asks; flags are set through the adapter.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ContactEvent } from '../../../../../shared/history';
import { withPage, type MoreState as SharedMoreState } from '../../../../../shared/history/pages';
import type { HttpError } from '../../../../../shared/ports';
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
  type OpenedHistory,
  type TicketEntry,
} from '../../../host/history';
import { readAgentName } from '../../../host/agent';
import { useHost } from '../../ClientProvider';
import { useExtended } from '../../useExtended';
import { useLoad } from '../../useLoad';

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

/** Loading older tickets: idle, under way, or failed with a reason. */
export type MoreState = SharedMoreState<HttpError>;

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

/** What the panel first shows for an opened customer: nothing loaded on request yet. */
const firstLoaded = ({ customer, page }: OpenedHistory): LoadedHistory => ({
  customer,
  tickets: page.tickets,
  nextPath: page.nextPath,
  replies: new Map(),
});

/** State and intents of the history panel: `history` undefined once read is no customer. */
export function useHistory() {
  const { client, http, retry, settings: shell, context, clock } = useHost();
  const settings: HistorySettings = useMemo(() => readHistorySettings(shell), [shell]);
  const open = useCallback(
    () =>
      openCustomerHistory({ client, http, retry, shell, settings }, context.location, clock.now()),
    [client, http, retry, shell, settings, context.location, clock],
  );
  const { state, retry: retryOpen } = useLoad(open);
  const opened = state.status === 'ready' ? state.value : undefined;
  const first = useMemo(() => opened && firstLoaded(opened), [opened]);
  // What the agent loaded since (older tickets, replies, a changed flag), for the opening it extends.
  const [history, update] = useExtended(first);
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const [flagSave, setFlagSave] = useState<FlagSaveState>({ status: 'idle' });

  const loadOlder = useCallback(async () => {
    if (history?.nextPath === undefined) return;
    const { customer, nextPath } = history;
    setMore({ status: 'loading' });
    const page = await readTicketPage(http, retry, customer.userId, nextPath);
    if (!page.ok) return setMore({ status: 'failed', error: page.error });
    setMore({ status: 'idle' });
    const { tickets, nextPath: next } = page.value;
    update((history) => {
      const loaded = { entries: history.tickets, next: history.nextPath };
      const joined = withPage(loaded, { entries: tickets, next }, (ticket) => ticket.ticketId);
      return { ...history, tickets: joined.entries, nextPath: joined.next };
    });
  }, [history, http, retry, update]);

  const loadReplies = useCallback(
    async (ticket: TicketEntry) => {
      if (history === undefined) return;
      const customerId = history.customer.userId;
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
    [history, http, retry, update],
  );

  const changeFlag = useCallback(
    async (request: Omit<FlagChangeRequest, 'by'>) => {
      if (history === undefined) return false;
      setFlagSave({ status: 'saving' });
      const agent = await readAgentName(client);
      const by = (agent.ok ? agent.value : undefined) ?? 'agent';
      const updated = await changeContactFlag(
        http,
        retry,
        history.customer.userId,
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
    [history, client, http, retry, shell, settings, clock, update],
  );

  return {
    state,
    history,
    settings,
    more,
    flagSave,
    retryOpen,
    loadOlder,
    loadReplies,
    changeFlag,
  };
}
