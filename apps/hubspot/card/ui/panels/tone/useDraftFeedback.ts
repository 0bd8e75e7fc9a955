/**
 * The draft box's feedback controller: when the portal's admin turned agent feedback on, "This
 * finding is wrong" and "Tactful missed something" each send the checked draft's findings and the
 * agent's optional note to our backend, in one click.
 */
import { useCallback, useState } from 'react';
import { buildToneFeedback, toneFeedbackLimits } from '../../../../../../shared/feedback';
import type { ToneSettings } from '../../../../../../shared/settings';
import type { Finding, ToneResult } from '../../../../../../shared/tone';
import type { BackendError } from '../../../host/backend-client';
import { sendToneFeedback } from '../../../host/tone-feedback';
import { useCardServices } from '../../services';
import type { DraftCheck } from './useDraftCheck';

/** What the last click came to. */
export type FeedbackOutcome = { ok: true } | { ok: false; error: BackendError };

/** What the draft box shows and does when feedback is on. */
export interface DraftFeedback {
  note: string;
  setNote: (note: string) => void;
  maxNoteLength: number;
  sending: boolean;
  /** True once this finding was reported wrong for the check on screen. */
  reported: (finding: Finding) => boolean;
  wrong: (finding: Finding) => void;
  missed: () => void;
}

const findingKey = (finding: Finding) => `${finding.ruleId}:${finding.start}:${finding.end}`;

/**
 * Feedback controls for the draft, or undefined when the admin has not turned feedback on.
 * `onOutcome` says how each click went (the draft box thanks the agent or explains the failure).
 */
export function useDraftFeedback(
  draft: DraftCheck,
  tone: ToneSettings,
  onOutcome: (outcome: FeedbackOutcome) => void,
): DraftFeedback | undefined {
  const { backend, clock } = useCardServices();
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  // Reported findings belong to one check: once the draft changes, its findings are new.
  const [reported, setReported] = useState<{ about?: ToneResult; keys: ReadonlySet<string> }>({
    keys: new Set(),
  });
  const { result, checkedText } = draft;

  const send = useCallback(
    async (kind: 'wrong-finding' | 'missed', finding?: Finding) => {
      const feedback = buildToneFeedback({
        kind,
        result,
        draft: { format: 'text', input: checkedText },
        ...(finding === undefined ? {} : { disputed: finding }),
        note,
        at: clock.now(),
        // The backend drops a draft its settings do not allow; not sending one is simpler still.
        includeDraft: tone.feedbackIncludeDraft,
      });
      setSending(true);
      const sent = await sendToneFeedback(backend, feedback);
      setSending(false);
      if (!sent.ok) {
        onOutcome({ ok: false, error: sent.error });
        return;
      }
      setNote('');
      if (finding !== undefined) {
        setReported((was) => ({
          about: result,
          keys: new Set([...(was.about === result ? was.keys : []), findingKey(finding)]),
        }));
      }
      onOutcome({ ok: true });
    },
    [result, checkedText, note, clock, tone.feedbackIncludeDraft, backend, onOutcome],
  );

  if (!tone.feedback) return undefined;
  const keys = reported.about === result ? reported.keys : new Set<string>();
  return {
    note,
    setNote: (text) => setNote(text.slice(0, toneFeedbackLimits.note)),
    maxNoteLength: toneFeedbackLimits.note,
    sending,
    reported: (finding) => keys.has(findingKey(finding)),
    wrong: (finding) => void send('wrong-finding', finding),
    missed: () => void send('missed'),
  };
}
