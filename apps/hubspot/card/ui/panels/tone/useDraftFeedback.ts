/**
 * The draft box's feedback controller: when the portal's admin turned agent feedback on, "This
 * finding is wrong" and "Tactful missed something" each send the checked draft's findings and the
 * agent's optional note to our backend, in one click. What is sent and shown is decided in
 * shared/tone/feedback-view.
 */
import { useReducer } from 'react';
import { buildToneFeedback } from '../../../../../../shared/feedback';
import type { Result } from '../../../../../../shared/ports';
import type { ToneSettings } from '../../../../../../shared/settings';
import {
  feedbackControls,
  feedbackReducer,
  noFeedback,
  type ToneFeedbackControls,
} from '../../../../../../shared/tone/feedback-view';
import type { BackendError } from '../../../host/backend-client';
import { sendToneFeedback } from '../../../host/tone-feedback';
import { useCardServices } from '../../services';
import type { DraftCheck } from './useDraftCheck';

/** What the draft box shows and does when feedback is on. */
export type DraftFeedback = ToneFeedbackControls<BackendError>;

/**
 * Feedback controls for the draft, or undefined when the admin has not turned feedback on.
 * `onAnswer` says how each click went (the draft box thanks the agent or explains the failure).
 */
export function useDraftFeedback(
  draft: DraftCheck,
  tone: ToneSettings,
  onAnswer: (written: Result<unknown, BackendError>) => void,
): DraftFeedback | undefined {
  const { backend, clock } = useCardServices();
  const [state, dispatch] = useReducer(feedbackReducer<BackendError>, noFeedback);
  if (!tone.feedback) return undefined;
  const subject = {
    result: draft.result,
    draft: { format: 'text', input: draft.checkedText } as const,
  };
  return feedbackControls(state, subject, {
    dispatch,
    write: (input) => sendToneFeedback(backend, buildToneFeedback(input)),
    now: () => clock.now(),
    includeDraft: tone.feedbackIncludeDraft,
    onAnswer,
  });
}
