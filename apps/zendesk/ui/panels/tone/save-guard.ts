/**
 * The tone check's `ticket.save` hook, registered as the sidebar opens (issue 16): the tone panel's
 * chunk (its rules, the settings schemas) now runs after the first paint, later still when the draft
 * is blank, and a hook registered by that chunk let a save in the meantime through unchecked. This
 * module is small (the draft is read in the tone chunk) and lives with the sidebar's own chunk; a save that arrives before the tone chunk
 * has run loads it (and the agent's whole catalog, for the refusal's words) and waits for it.
 * Zendesk's SDK waits for a hook handler's promise: it stops the save when the promise rejects, with
 * the rejection's message (tests/platform/zendesk-save-hook.test.ts).
 */
import { useEffect } from 'react';
import { loadTranslator } from '../../../../../shared/i18n/load';
import { useHost } from '../../ClientProvider';
import { loadToneSaveAnswer } from './load-tone-check-panel';

/** Registers the tone check's save hook for as long as the calling sidebar is mounted. */
export function useToneSaveGuard(): void {
  const host = useHost();
  useEffect(() => {
    // Rejecting stops the save, with the rejection's message (host/draft.ts `answerTicketSave`).
    const handler = async (): Promise<void> => {
      const loaded = await Promise.all([
        loadToneSaveAnswer(),
        loadTranslator(host.agentLocale),
      ]).then(
        ([answerToneSave, t]) => ({ answerToneSave, t }),
        () => undefined,
      );
      // A chunk that will not load lets the save go, as a draft that cannot be read does: Tactful
      // must never trap an agent's reply because of itself.
      if (loaded === undefined) {
        console.warn('Tactful: the tone check could not load; the save was not checked');
        return;
      }
      await loaded.answerToneSave(host, loaded.t);
    };
    host.client.on('ticket.save', handler);
    return () => host.client.off('ticket.save', handler);
  }, [host]);
}
