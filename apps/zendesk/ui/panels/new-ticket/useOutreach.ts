/**
 * The new-ticket panel's controller: who the agent is writing to (the requester they chose), that
 * customer's contact guards from their profile and recent tickets, and filling the reply with an
 * outreach template rendered for them. Reloads when the agent picks another requester.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ContactEvent } from '../../../../../shared/history';
import { err, ok, type Result } from '../../../../../shared/ports';
import type { TemplateError, TemplateId } from '../../../../../shared/templates';
import { renderOutreach } from '../../../../../shared/templates/outreach-fill';
import {
  outreachLocale,
  type OutreachLocale,
} from '../../../../../shared/templates/outreach-locale';
import type { CustomerReadError } from '../../../host/customer';
import { writeDraftText } from '../../../host/draft';
import {
  openCustomerHistory,
  readHistorySettings,
  type HistoryCustomer,
} from '../../../host/history';
import { readSender, type Sender } from '../../../host/sender';
import { readRequesterLocale } from '../../../host/ticket';
import type { HostError } from '../../../host/zaf-client';
import { useHost } from '../../ClientProvider';
import { useLoad } from '../../useLoad';
import { useLoadedSettings } from '../../useLoadedSettings';

/** The chosen requester, as the outreach panel needs them. */
export interface Recipient {
  customer: HistoryCustomer;
  /** Their recent tickets as contact events (calls count towards the call limits). */
  events: readonly ContactEvent[];
  /** The language to write to them in, and the locale of their amounts and dates. */
  writeIn: OutreachLocale;
}

/** Whether the reply was filled, or the values missing or the host's refusal. */
export type FillResult = Result<void, TemplateError | HostError>;

/** State, sender and intents of the new-ticket outreach panel. */
export function useOutreach() {
  const { client, http, retry, settings: shell, clock } = useHost();
  const historySettings = useMemo(() => readHistorySettings(shell), [shell]);
  const loaded = useLoadedSettings();
  const defaultLocale = loaded.contact.defaultLocale;
  const outreachSettings = loaded.outreach;
  const [sender, setSender] = useState<Sender>({});

  useEffect(() => {
    let active = true;
    void readSender(client, outreachSettings).then((next) => {
      if (active) setSender(next);
    });
    return () => {
      active = false;
    };
  }, [client, outreachSettings]);

  /** The chosen requester, or undefined before the agent picks one. */
  const open = useCallback(async (): Promise<Result<Recipient | undefined, CustomerReadError>> => {
    const reader = { client, http, retry, shell, settings: historySettings };
    const [opened, requester] = await Promise.all([
      openCustomerHistory(reader, 'new_ticket_sidebar', clock.now()),
      readRequesterLocale(client),
    ]);
    if (!opened.ok || opened.value === undefined) return opened.ok ? ok(undefined) : opened;
    const { customer, page } = opened.value;
    return ok({
      customer,
      events: page.tickets.map((ticket) => ticket.event),
      writeIn: outreachLocale(requester.ok ? requester.value : undefined, defaultLocale),
    });
  }, [client, http, retry, shell, historySettings, clock, defaultLocale]);
  const { state, retry: reload } = useLoad(open);

  // Another requester: read them afresh (the answer about the previous one is dropped).
  useEffect(() => {
    client.on('ticket.requester.id.changed', reload);
    return () => client.off('ticket.requester.id.changed', reload);
  }, [client, reload]);

  /** Renders the template for the recipient and puts it in the reply; the tone panel checks it. */
  const fillReply = useCallback(
    async (id: TemplateId, paymentLink: string): Promise<FillResult> => {
      if (state.status !== 'ready' || state.value === undefined) return ok(undefined);
      const { customer, writeIn } = state.value;
      const body = renderOutreach(id, writeIn, { customer, sender, paymentLink });
      if (!body.ok) return err(body.error);
      return writeDraftText(client, body.value);
    },
    [client, state, sender],
  );

  return { state, sender, fillReply, retry: reload };
}
