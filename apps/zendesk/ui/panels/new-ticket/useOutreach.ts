/**
 * The new-ticket panel's controller: who the agent is writing to (the requester they chose), that
 * customer's contact guards from their profile and recent tickets, and filling the reply with an
 * outreach template rendered for them. Reloads when the agent picks another requester.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ok } from '../../../../../shared/ports';
import type { TemplateId } from '../../../../../shared/templates';
import { readHistorySettings } from '../../../host/history';
import { fillReplyFor, openRecipient, type FillResult } from '../../../host/outreach';
import { readSender, type Sender } from '../../../host/sender';
import { useHost } from '../../ClientProvider';
import { useLoaded } from '../../../../react/load';
import { useLoadedSettings } from '../../useLoadedSettings';

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
  const open = useCallback(
    () =>
      openRecipient(
        { client, http, retry, shell, settings: historySettings },
        defaultLocale,
        clock.now(),
      ),
    [client, http, retry, shell, historySettings, clock, defaultLocale],
  );
  const { state, reload } = useLoaded(open);

  // Another requester: read them afresh (the answer about the previous one is dropped).
  useEffect(() => {
    client.on('ticket.requester.id.changed', reload);
    return () => client.off('ticket.requester.id.changed', reload);
  }, [client, reload]);

  /** Renders the template for the recipient and puts it in the reply; the tone panel checks it. */
  const fillReply = useCallback(
    async (id: TemplateId, paymentLink: string): Promise<FillResult> => {
      if (state.status !== 'ready' || state.value === undefined) return ok(undefined);
      return fillReplyFor(client, state.value, { id, sender, paymentLink });
    },
    [client, state, sender],
  );

  return { state, sender, fillReply, retry: reload };
}
