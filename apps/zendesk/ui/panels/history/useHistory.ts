/**
 * The history panel's controller (shared/history/controller.ts) wired to the sidebar: on open, who
 * the customer is (one `client.get`) and then, in parallel, their profile and the first page of
 * their requested tickets (two API requests). Older tickets and a ticket's replies load only when
 * the agent asks; flags are set through the adapter.
 */
import { useCallback, useMemo } from 'react';
import { createHistoryController } from '../../../../../shared/history/controller';
import type { FlagChange } from '../../../../../shared/history/flag-form';
import type { FlagOrigin } from '../../../../../shared/history/flag-editor';
import { err } from '../../../../../shared/ports';
import { defaultFlagRaiser } from '../../../../../shared/history/flag-kinds';
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
} from '../../../host/history/loaded-history';
import { useHost } from '../../ClientProvider';
import { useStarted } from '../../../../react/load';

/** State and intents of the history panel: `history` undefined once read is no customer. */
export function useHistory() {
  const { client, http, retry, settings: shell, context, clock } = useHost();
  const settings: HistorySettings = useMemo(() => readHistorySettings(shell), [shell]);
  const controller = useMemo(() => {
    const reader = { client, http, retry, shell, settings };
    const open = () => openCustomerHistory(reader, context.location, clock.now());
    return createHistoryController(open, (opened) => opened && loadedHistory(opened));
  }, [client, http, retry, shell, settings, context.location, clock]);
  const { state, history, more } = useStarted(controller);

  const loadOlder = () =>
    controller.loadMore(
      ({ customer, nextPath }) =>
        nextPath === undefined ? undefined : readTicketPage(http, retry, customer.userId, nextPath),
      withOlderTickets,
    );

  const loadReplies = async (ticket: TicketEntry) => {
    const { ticketId } = ticket;
    controller.extend((now) => withReplies(now, ticketId, { status: 'loading' }));
    await controller.run(
      ({ customer }) =>
        readTicketReplies(http, retry, ticketId, customer.userId, repliesVia(ticket)),
      (now, read) =>
        withReplies(
          now,
          ticketId,
          read.ok
            ? { status: 'ready', events: read.value }
            : { status: 'error', error: read.error },
        ),
    );
  };

  /** Writes a flag change (`request`: a signal's, with the message its words came from). */
  const writeFlag = useCallback(
    async (
      { kind: flag, on, reason }: FlagChange,
      { request, raisedBy }: FlagOrigin<FlagRequest>,
    ) => {
      const source = request?.source;
      const change = {
        flag,
        on,
        reason,
        // A request is the customer's own words: they raised it.
        raisedBy: raisedBy ?? defaultFlagRaiser,
        ...(source === undefined ? {} : { source }),
      };
      const reader = { client, http, retry, shell, settings };
      const written = await controller.run(
        ({ customer }) => changeFlagAsAgent(reader, customer.userId, change, clock.now()),
        (now, saved) => (saved.ok ? { ...now, customer: saved.value } : now),
      );
      return written ?? err({ code: 'not-found' as const, message: 'No customer' });
    },
    [controller, client, http, retry, shell, settings, clock],
  );

  return {
    state,
    history,
    settings,
    more,
    retryOpen: controller.reload,
    loadOlder,
    loadReplies,
    writeFlag,
  };
}
