/**
 * The tone check of one sidebar, shared by the tone panel and the `ticket.save` hook: the hook is
 * registered when the sidebar opens (save-guard.ts), before the panel's chunk has run, and a save
 * answered then must land in the same controller the panel shows ("The last submit was stopped…")
 * and tallies the reply with. Part of the tone panel's chunk (ToneCheckPanel.tsx re-exports it).
 */
import type { ToneSettings } from '../../../../../shared/settings';
import { createReplyController } from '../../../../../shared/tone/reply-controller';
import { saveRefusal } from '../../../../../shared/tone/view-words';
import type { Translate } from '../../../../../shared/i18n/translator';
import type { ZendeskHost } from '../../../host/connect';
import { answerTicketSave, type ReplyDraft } from '../../../host/draft';
import { noteReplyAgainstGuard } from '../../../host/guard-notice';
import { outcomesSettingsFromZendeskParameters } from '../../../host/outcome-parameters';
import { zendeskReplyPorts } from '../../../host/tone-ports';
import type { ZafClient } from '../../../host/zaf-client';
import { loadedSettingsFor } from '../../useLoadedSettings';

function createSession(client: ZafClient, tone: ToneSettings) {
  const ports = zendeskReplyPorts(client, tone);
  return { tone, ports, tones: createReplyController(ports) };
}

type Session = ReturnType<typeof createSession>;

/** One session per client; new settings (the same parameters read in another language) start anew. */
const sessions = new WeakMap<ZafClient, Session>();

/** The sidebar's tone check under `tone`, the one the panel and the save hook both use. */
export function toneSession(client: ZafClient, tone: ToneSettings): Session {
  const known = sessions.get(client);
  if (known !== undefined && known.tone === tone) return known;
  const session = createSession(client, tone);
  sessions.set(client, session);
  return session;
}

/**
 * Answers a save (the `ticket.save` hook's handler, save-guard.ts): reads the draft being saved and
 * rejects with the message that stops it, or resolves to let it go, as the admin's settings say
 * (block or warn). Checks the draft being saved, not the last debounced check.
 */
export function answerToneSave(host: ZendeskHost, t: Translate): Promise<void> {
  return answerTicketSave(host.client, (draft) => decideToneSave(host, draft, t));
}

async function decideToneSave(
  host: ZendeskHost,
  draft: ReplyDraft,
  t: Translate,
): Promise<string | undefined> {
  const { tone } = loadedSettingsFor(host.metadata.settings, host.agentLocale);
  const { ports, tones } = toneSession(host.client, tone);
  const sent = await ports.checkSaved(draft.html);
  const { recordToneEvents } = outcomesSettingsFromZendeskParameters(host.settings.raw);
  const { decision, counted } = tones.save(sent, draft.type, tone.onSave, recordToneEvents);
  if (counted) {
    // After the answer, never awaited: the save does not wait for (or fail with) the count.
    void import('../../../host/record-day-events')
      .then(({ recordToneSave }) => recordToneSave(host, counted, sent))
      .catch(() => console.warn('Tactful: tone event not recorded'));
    noteReplyAgainstGuard(host);
  }
  return saveRefusal(t, decision);
}
