/**
 * The tone panel's controller: follows the agent's draft through the adapter, checks it with the
 * admin's settings a moment after typing stops, applies suggestions back into the draft, and
 * answers `ticket.save`. What a save, a rewrite or a pause in typing does is decided in
 * shared/tone/view; this loads, subscribes and calls it.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { HttpError, Result } from '../../../../../shared/ports';
import {
  checkTone,
  loadMeaning,
  meaningLoaded,
  prepareToneCheck,
  toneLanguageFor,
  type Finding,
  type ToneResult,
} from '../../../../../shared/tone/core';
import {
  answerSave,
  rewriteIfCurrent,
  toneRecheckDelayMs,
  type SaveOutcome,
} from '../../../../../shared/tone/view';
import { saveRefusal } from '../../../../../shared/tone/view-words';
import {
  feedbackReducer,
  noFeedback,
  toneFeedback,
} from '../../../../../shared/tone/feedback-view';
import { toToneOptions, type ToneSettings } from '../../../../../shared/settings';
import {
  emptyToneSendTally,
  tallyCheck,
  tallySuggestions,
} from '../../../../../shared/outcomes/tone-send-tally';
import { outcomesSettingsFromZendeskParameters } from '../../../host/outcome-parameters';
import {
  followDraft,
  guardTicketSave,
  readDraft,
  writeDraft,
  type ReplyDraft,
} from '../../../host/draft';
import { readRequesterLocale } from '../../../host/ticket';
import type { HostError, ZafClient } from '../../../host/zaf-client';
import { useHost } from '../../ClientProvider';
import { noteReplyAgainstGuard } from '../../../host/guard-notice';
import { useI18n } from '../../i18n';
import type { LoadState } from '../../useLoad';
import { useLoadedSettings } from '../../useLoadedSettings';

/** The draft and what the check found in it. */
interface CheckedDraft {
  draft: ReplyDraft;
  result: ToneResult;
}

/** What agent feedback is about: the check, and the HTML it read. */
const feedbackSubject = ({ result, draft }: CheckedDraft) =>
  ({ result, draft: { format: 'html', input: draft.html } }) as const;

/** Checks a draft as the admin configured: HTML input, their phrases and blocking categories. */
export function checkDraft(html: string, tone: ToneSettings, locale: string): ToneResult {
  return checkTone(html, { format: 'html', locale, ...toToneOptions(tone) });
}

/** The tone locale for the customer: their own language when we have rules for it, else detect. */
async function customerToneLocale(client: ZafClient): Promise<string> {
  const reply = await readRequesterLocale(client);
  return toneLanguageFor(reply.ok ? reply.value : undefined);
}

/** How long after the panel opens its tone rules are compiled ahead of the agent's first check. */
const warmUpAfterOpenMs = 1_500;

/**
 * Live tone check of the reply draft, with apply/apply-all, retry, the save outcome and, when the
 * admin turned it on, agent feedback written as a custom object record in this account.
 */
export function useToneCheck() {
  const host = useHost();
  const { client } = host;
  const { tone } = useLoadedSettings();
  // What the tone check saw while this reply was written, recorded when it is sent (issue 17).
  const tally = useRef(emptyToneSendTally);
  const [state, setState] = useState<LoadState<CheckedDraft, HostError>>({ status: 'loading' });
  const [saveOutcome, setSaveOutcome] = useState<SaveOutcome | undefined>();
  const [attempt, setAttempt] = useState(0);
  const locale = useRef<Promise<string> | undefined>(undefined);
  const latest = useRef(0);
  // The message depends on the agent's language only; a ref keeps the save hook registered once.
  const { t } = useI18n();
  const translate = useRef(t);
  translate.current = t;
  const failed = (error: HostError) => setState({ status: 'error', error });

  const toneLocale = useCallback(() => {
    locale.current ??= customerToneLocale(client);
    return locale.current;
  }, [client]);

  /** Reads and checks the draft now; an answer overtaken by a newer check is dropped. */
  const refresh = useCallback(async () => {
    const run = ++latest.current;
    const [draft, language] = await Promise.all([readDraft(client), toneLocale()]);
    if (run !== latest.current) return;
    if (!draft.ok) return failed(draft.error);
    // A draft with words is read for meaning too: the first time, wait for the lexicons' chunk
    // (a blank draft on open never waits, so first paint does not either).
    if (draft.value.html.trim() !== '' && !meaningLoaded()) {
      await loadMeaning();
      if (run !== latest.current) return;
    }
    const result = checkDraft(draft.value.html, tone, language);
    tally.current = tallyCheck(tally.current, result);
    setState({ status: 'ready', value: { draft: draft.value, result } });
  }, [client, tone, toneLocale]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    void refresh();
    const stopFollowing = followDraft(client, () => {
      // What the last save said is about a draft the agent has since changed.
      setSaveOutcome(undefined);
      clearTimeout(timer);
      timer = setTimeout(() => active && void refresh(), toneRecheckDelayMs);
    });
    const onRequesterChange = () => {
      locale.current = undefined;
      if (active) void refresh();
    };
    client.on('ticket.requester.id.changed', onRequesterChange);
    return () => {
      active = false;
      latest.current += 1;
      clearTimeout(timer);
      stopFollowing();
      client.off('ticket.requester.id.changed', onRequesterChange);
    };
  }, [client, refresh, attempt]);

  // Compile the customer's tone rules while the agent reads the ticket, so the first check after
  // they start typing answers in about a millisecond instead of stalling on the compile. Not during
  // the opening itself: the compile would hold up the other panels' first paint.
  const opened = state.status === 'ready';
  useEffect(() => {
    if (!opened) return;
    let active = true;
    let idleHandle: number | undefined;
    const warm = () => {
      // The meaning reader's lexicons load in a chunk of their own, after first paint.
      void Promise.all([toneLocale(), loadMeaning()]).then(([language]) => {
        if (active) prepareToneCheck(language);
      });
    };
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        idleHandle = requestIdleCallback(warm, { timeout: 2_000 });
      } else warm();
    }, warmUpAfterOpenMs);
    return () => {
      active = false;
      clearTimeout(timer);
      if (idleHandle !== undefined) cancelIdleCallback(idleHandle);
    };
  }, [opened, toneLocale]);

  useEffect(
    () =>
      guardTicketSave(client, async (draft) => {
        // The hook must answer from the draft being saved, not from the last debounced check, and
        // with the meaning reader loaded: an `ok` without it would promise more than it checked.
        const [language] = await Promise.all([toneLocale(), loadMeaning()]);
        const sent = checkDraft(draft.html, tone, language);
        const { recordToneEvents } = outcomesSettingsFromZendeskParameters(host.settings.raw);
        const save = answerSave(sent, draft.type, tone.onSave, recordToneEvents);
        setSaveOutcome(save.outcome);
        if (save.counts) {
          // After the answer, never awaited: the save does not wait for (or fail with) the count.
          const counted = tally.current;
          tally.current = emptyToneSendTally;
          void import('../../../host/record-day-events')
            .then(({ recordToneSave }) => recordToneSave(host, counted, sent))
            .catch(() => console.warn('Tactful: tone event not recorded'));
          noteReplyAgainstGuard(host);
        }
        return saveRefusal(translate.current, save.decision);
      }),
    [client, host, tone, toneLocale],
  );

  /** Applies `target`'s rewrite to the draft that was checked; checks again if it has changed. */
  const rewrite = useCallback(
    async (target: Finding | 'all') => {
      if (state.status !== 'ready') return;
      const { draft, result } = state.value;
      const current = await readDraft(client);
      if (!current.ok) return failed(current.error);
      const rewritten = rewriteIfCurrent(current.value.html, draft.html, result, target);
      if (rewritten) {
        tally.current = tallySuggestions(tally.current, rewritten.applied);
        const written = await writeDraft(client, rewritten.text);
        if (!written.ok) return failed(written.error);
      }
      await refresh();
    },
    [client, refresh, state],
  );

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const [feedbackState, dispatch] = useReducer(feedbackReducer<HttpError>, noFeedback);
  const checked = state.status === 'ready' ? state.value : undefined;
  const feedback = toneFeedback(tone, feedbackState, checked && feedbackSubject(checked), {
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

  return { state, checked, feedback, saveOutcome, onSave: tone.onSave, rewrite, retry };
}
