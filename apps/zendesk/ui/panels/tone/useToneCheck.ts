/**
 * The tone panel's state: shared/tone/reply-controller, following the agent's draft through the
 * adapter, checking it with the admin's settings in the customer's language, applying suggestions
 * back into the draft, and answering `ticket.save`. This wires the host to it and subscribes.
 */
import { useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react';
import type { HttpError, Result } from '../../../../../shared/ports';
import {
  checkTone,
  loadMeaning,
  meaningLoaded,
  prepareToneCheck,
  toneLanguageFor,
  type ToneResult,
} from '../../../../../shared/tone/core';
import { createReplyController } from '../../../../../shared/tone/reply-controller';
import { saveRefusal } from '../../../../../shared/tone/view-words';
import {
  feedbackReducer,
  noFeedback,
  toneFeedback,
} from '../../../../../shared/tone/feedback-view';
import { toToneOptions, type ToneSettings } from '../../../../../shared/settings';
import { outcomesSettingsFromZendeskParameters } from '../../../host/outcome-parameters';
import { followDraft, guardTicketSave, readDraft, writeDraft } from '../../../host/draft';
import { readRequesterLocale } from '../../../host/ticket';
import type { ZafClient } from '../../../host/zaf-client';
import { useHost } from '../../ClientProvider';
import { noteReplyAgainstGuard } from '../../../host/guard-notice';
import { useI18n } from '../../i18n';
import { useLoadedSettings } from '../../useLoadedSettings';

/** Checks a draft as the admin configured: HTML input, their phrases and blocking categories. */
export function checkDraft(html: string, tone: ToneSettings, locale: string): ToneResult {
  return checkTone(html, { format: 'html', locale, ...toToneOptions(tone) });
}

/** Runs `work` when the browser is idle (at the latest 2 s on), or now where it cannot say. */
const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function'
    ? void requestIdleCallback(work, { timeout: 2_000 })
    : work();

/** How the tone panel reads, checks and writes the draft in this ticket, as the admin set it up. */
function zendeskReplyPorts(client: ZafClient, tone: ToneSettings) {
  // The customer's language when we have rules for it, else detect; read again for a new requester.
  let locale: Promise<string> | undefined;
  const toneLocale = () =>
    (locale ??= readRequesterLocale(client).then((reply) =>
      toneLanguageFor(reply.ok ? reply.value : undefined),
    ));
  return {
    toneLocale,
    forgetLocale: () => void (locale = undefined),
    read: async () => (await Promise.all([readDraft(client), toneLocale()]))[0],
    // A draft with words is read for meaning too: the first time, wait for the lexicons' chunk (a
    // blank draft on open never waits, so first paint does not either).
    check: async (html: string) => {
      if (html.trim() !== '' && !meaningLoaded()) await loadMeaning();
      return checkDraft(html, tone, await toneLocale());
    },
    write: (html: string) => writeDraft(client, html),
    timers: { setTimeout, clearTimeout },
    // Compile the customer's tone rules while the agent reads the ticket, so the first check
    // after they start typing answers at once; not during the opening, which it would hold up.
    warmUp: () =>
      whenIdle(
        () =>
          void Promise.all([toneLocale(), loadMeaning()]).then(([language]) =>
            prepareToneCheck(language),
          ),
      ),
  };
}

/**
 * Live tone check of the reply draft, with apply/apply-all, retry, the save outcome and, when the
 * admin turned it on, agent feedback written as a custom object record in this account.
 */
export function useToneCheck() {
  const host = useHost();
  const { client } = host;
  const { tone } = useLoadedSettings();
  // The message depends on the agent's language only; a ref keeps the save hook registered once.
  const { t } = useI18n();
  const translate = useRef(t);
  translate.current = t;
  const ports = useMemo(() => zendeskReplyPorts(client, tone), [client, tone]);
  const tones = useMemo(() => createReplyController(ports), [ports]);

  useEffect(() => {
    void tones.refresh();
    const stopFollowing = followDraft(client, tones.changed);
    const onRequesterChange = () => {
      ports.forgetLocale();
      void tones.refresh();
    };
    client.on('ticket.requester.id.changed', onRequesterChange);
    return () => {
      tones.stop();
      stopFollowing();
      client.off('ticket.requester.id.changed', onRequesterChange);
    };
  }, [client, ports, tones]);

  useEffect(
    () =>
      guardTicketSave(client, async (draft) => {
        // The hook must answer from the draft being saved, not from the last debounced check, and
        // with the meaning reader loaded: an `ok` without it would promise more than it checked.
        const [language] = await Promise.all([ports.toneLocale(), loadMeaning()]);
        const sent = checkDraft(draft.html, tone, language);
        const { recordToneEvents } = outcomesSettingsFromZendeskParameters(host.settings.raw);
        const { decision, counted } = tones.save(sent, draft.type, tone.onSave, recordToneEvents);
        if (counted) {
          // After the answer, never awaited: the save does not wait for (or fail with) the count.
          void import('../../../host/record-day-events')
            .then(({ recordToneSave }) => recordToneSave(host, counted, sent))
            .catch(() => console.warn('Tactful: tone event not recorded'));
          noteReplyAgainstGuard(host);
        }
        return saveRefusal(translate.current, decision);
      }),
    [client, host, tone, ports, tones],
  );

  const { state, saveOutcome } = useSyncExternalStore(tones.subscribe, tones.getSnapshot);
  const [feedbackState, dispatch] = useReducer(feedbackReducer<HttpError>, noFeedback);
  const checked = state.status === 'ready' ? state.value : undefined;
  const subject =
    checked &&
    ({ result: checked.result, draft: { format: 'html', input: checked.draft.html } } as const);
  const feedback = toneFeedback(tone, feedbackState, subject, {
    dispatch,
    // The feedback schema loads with the first click, not with the sidebar (issue 16).
    write: (input) =>
      import(/* webpackChunkName: "tone-feedback" */ '../../../host/write-tone-feedback').then(
        ({ writeToneFeedback }) => writeToneFeedback(host.http, host.retry, input),
        (): Result<void, HttpError> => ({
          ok: false,
          error: { code: 'network', message: 'Tactful could not load' },
        }),
      ),
    now: () => host.clock.now(),
  });

  return { state, checked, feedback, saveOutcome, onSave: tone.onSave, ...tones };
}
