/**
 * The tone panel's feedback controller: when the admin turned agent feedback on, "This finding is
 * wrong" and "Tactful missed something" each record the checked draft's findings and the agent's
 * optional note, in one click, as a custom object record in this Zendesk account.
 */
import { useCallback, useState } from 'react';
import { toneFeedbackLimits } from '../../../../../shared/feedback/limits';
import type { HttpError, Result } from '../../../../../shared/ports';
import type { Finding, ToneResult } from '../../../../../shared/tone/core';
import { useHost } from '../../ClientProvider';
import { useLoadedSettings } from '../../useLoadedSettings';
import type { CheckedDraft } from './useToneCheck';

/** Where the last click stands, for the check it was about. */
export type FeedbackStatus =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent' }
  | { status: 'failed'; error: HttpError };

/** What the panel shows and does when feedback is on. */
export interface ToneFeedbackControls {
  /** The agent's optional note, sent with the next click. */
  note: string;
  setNote: (note: string) => void;
  maxNoteLength: number;
  status: FeedbackStatus;
  /** True once this finding was reported wrong for the check on screen. */
  reported: (finding: Finding) => boolean;
  wrong: (finding: Finding) => void;
  missed: () => void;
}

const findingKey = (finding: Finding) => `${finding.ruleId}:${finding.start}:${finding.end}`;

/** Feedback controls for the checked draft, or undefined when the admin has not turned it on. */
export function useToneFeedback(
  checked: CheckedDraft | undefined,
): ToneFeedbackControls | undefined {
  const { http, retry, clock } = useHost();
  const { tone } = useLoadedSettings();
  const [note, setNote] = useState('');
  // Status and reported findings belong to one check: a new check (the agent edited the draft)
  // starts afresh, so a thank-you never lingers under a different draft.
  const [clicks, setClicks] = useState<{
    about?: ToneResult;
    status: FeedbackStatus;
    reported: ReadonlySet<string>;
  }>({ status: { status: 'idle' }, reported: new Set() });
  const current =
    checked !== undefined && clicks.about === checked.result
      ? clicks
      : { status: { status: 'idle' } satisfies FeedbackStatus, reported: new Set<string>() };

  const send = useCallback(
    async (kind: 'wrong-finding' | 'missed', finding?: Finding) => {
      if (checked === undefined) return;
      const about = checked.result;
      const input = {
        kind,
        result: about,
        draft: { format: 'html', input: checked.draft.html },
        ...(finding === undefined ? {} : { disputed: finding }),
        note,
        at: clock.now(),
        includeDraft: tone.feedbackIncludeDraft,
      } as const;
      setClicks((was) => ({
        about,
        status: { status: 'sending' },
        reported: was.about === about ? was.reported : new Set(),
      }));
      // The feedback schema loads with the first click, not with the sidebar (issue 16).
      const written: Result<void, HttpError> = await import(
        /* webpackChunkName: "tone-feedback" */ './write-tone-feedback'
      ).then(
        ({ writeToneFeedback }) => writeToneFeedback(http, retry, input),
        () => ({ ok: false, error: { code: 'network', message: 'Tactful could not load' } }),
      );
      setClicks((was) => {
        if (was.about !== about) return was;
        if (!written.ok) return { ...was, status: { status: 'failed', error: written.error } };
        const reported = new Set(was.reported);
        if (finding !== undefined) reported.add(findingKey(finding));
        return { about, status: { status: 'sent' }, reported };
      });
      if (written.ok) setNote('');
    },
    [checked, note, clock, tone.feedbackIncludeDraft, http, retry],
  );

  if (!tone.feedback) return undefined;
  return {
    note,
    setNote: (text) => setNote(text.slice(0, toneFeedbackLimits.note)),
    maxNoteLength: toneFeedbackLimits.note,
    status: current.status,
    reported: (finding) => current.reported.has(findingKey(finding)),
    wrong: (finding) => void send('wrong-finding', finding),
    missed: () => void send('missed'),
  };
}
