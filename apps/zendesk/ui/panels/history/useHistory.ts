/**
 * The history panel's controller: on open, who the customer is (one `client.get`) and then, in
 * parallel, their profile and the first page of their requested tickets (two API requests). Older
 * tickets and a ticket's replies load only when the agent asks; flags are set through the adapter.
 */
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { MoreState as SharedMoreState } from '../../../../../shared/history/pages';
import { createMoreLoader } from '../../../../../shared/history/more-loader';
import type { HttpError } from '../../../../../shared/ports';
import type { FlagChange } from '../../../../../shared/history/flag-form';
import type { FlagOrigin } from '../../../../../shared/history/flag-editor';
import { err } from '../../../../../shared/ports';
import type { FlagRequest } from '../../flag-request';
import {
  changeFlagAsAgent,
  openCustomerHistory,
  readHistorySettings,
  readTicketPage,
  readTicketReplies,
  type HistorySettings,
  type TicketEntry,
} from '../../../host/history';
import {
  loadedHistory,
  repliesVia,
  withOlderTickets,
  withReplies,
  type RepliesState,
} from '../../../host/history/loaded-history';
import { useHost } from '../../ClientProvider';
import { useExtended } from '../../useExtended';
import { useLoad } from '../../useLoad';

/** Loading older tickets: idle, under way, or failed with a reason. */
export type MoreState = SharedMoreState<HttpError>;

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
  const first = useMemo(() => opened && loadedHistory(opened), [opened]);
  // What the agent loaded since (older tickets, replies, a changed flag), for the opening it extends.
  const [history, update] = useExtended(first);
  const [moreLoader] = useState(() => createMoreLoader<HttpError>());
  const { more } = useSyncExternalStore(moreLoader.subscribe, moreLoader.getSnapshot);

  const loadOlder = useCallback(async () => {
    if (history?.nextPath === undefined) return;
    const { customer, nextPath } = history;
    await moreLoader.load(
      () => readTicketPage(http, retry, customer.userId, nextPath),
      (page) => update((history) => withOlderTickets(history, page)),
    );
  }, [history, http, retry, update, moreLoader]);

  const loadReplies = useCallback(
    async (ticket: TicketEntry) => {
      if (history === undefined) return;
      const customerId = history.customer.userId;
      const setReplies = (replies: RepliesState) =>
        update((history) => withReplies(history, ticket.ticketId, replies));
      setReplies({ status: 'loading' });
      const via = repliesVia(ticket);
      const events = await readTicketReplies(http, retry, ticket.ticketId, customerId, via);
      setReplies(
        events.ok
          ? { status: 'ready', events: events.value }
          : { status: 'error', error: events.error },
      );
    },
    [history, http, retry, update],
  );

  /** Writes a flag change (`request`: a signal's, with the message its words came from). */
  const userId = first?.customer.userId;
  const writeFlag = useCallback(
    async ({ kind: flag, on, reason }: FlagChange, { request }: FlagOrigin<FlagRequest, never>) => {
      if (userId === undefined) return err({ code: 'not-found' as const, message: 'No customer' });
      const source = request?.source;
      const change = { flag, on, reason, ...(source === undefined ? {} : { source }) };
      const reader = { client, http, retry, shell, settings };
      const updated = await changeFlagAsAgent(reader, userId, change, clock.now());
      if (updated.ok) update((history) => ({ ...history, customer: updated.value }));
      return updated;
    },
    [userId, client, http, retry, shell, settings, clock, update],
  );

  return {
    state,
    history,
    settings,
    more,
    retryOpen,
    loadOlder,
    loadReplies,
    writeFlag,
  };
}
