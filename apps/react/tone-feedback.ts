/**
 * Agent feedback on a tone check (shared/tone/feedback-view) held in React state, for both hosts:
 * the clicks' state lives here, what they send and show is decided in the shared module.
 */
import { useReducer } from 'react';
import {
  feedbackReducer,
  noFeedback,
  toneFeedback,
  type FeedbackPorts,
  type FeedbackSettings,
  type FeedbackSubject,
  type ToneFeedbackControls,
} from '../../shared/tone/feedback-view';

/** The feedback controls for `subject` (undefined: no checked draft), or undefined when turned off. */
export function useToneFeedback<E>(
  tone: FeedbackSettings,
  subject: FeedbackSubject | undefined,
  ports: Omit<FeedbackPorts<E>, 'includeDraft' | 'dispatch'>,
): ToneFeedbackControls<E> | undefined {
  const [state, dispatch] = useReducer(feedbackReducer<E>, noFeedback);
  return toneFeedback(tone, state, subject, { ...ports, dispatch });
}
