/**
 * The tone panel's feedback controller: when the admin turned agent feedback on, "This finding is
 * wrong" and "Tactful missed something" each record the checked draft's findings and the agent's
 * optional note, in one click, as a custom object record in this Zendesk account. What is sent and
 * shown is decided in shared/tone/feedback-view.
 */
import { useReducer } from 'react';
import type { HttpError, Result } from '../../../../../shared/ports';
import {
  feedbackControls,
  feedbackReducer,
  noFeedback,
  type ToneFeedbackControls,
} from '../../../../../shared/tone/feedback-view';
import { useHost } from '../../ClientProvider';
import { useLoadedSettings } from '../../useLoadedSettings';
import type { CheckedDraft } from './useToneCheck';

/** Feedback controls for the checked draft, or undefined when the admin has not turned it on. */
export function useToneFeedback(
  checked: CheckedDraft | undefined,
): ToneFeedbackControls<HttpError> | undefined {
  const { http, retry, clock } = useHost();
  const { tone } = useLoadedSettings();
  const [state, dispatch] = useReducer(feedbackReducer<HttpError>, noFeedback);
  if (!tone.feedback) return undefined;
  const subject = checked && {
    result: checked.result,
    draft: { format: 'html', input: checked.draft.html } as const,
  };
  return feedbackControls(state, subject, {
    dispatch,
    // The feedback schema loads with the first click, not with the sidebar (issue 16).
    write: (input) =>
      import(/* webpackChunkName: "tone-feedback" */ '../../../host/write-tone-feedback').then(
        ({ writeToneFeedback }) => writeToneFeedback(http, retry, input),
        (): Result<void, HttpError> => ({
          ok: false,
          error: { code: 'network', message: 'Tactful could not load' },
        }),
      ),
    now: () => clock.now(),
    includeDraft: tone.feedbackIncludeDraft,
  });
}
