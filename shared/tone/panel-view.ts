/**
 * The whole tone panel in the agent's words, the same for every host: each problem with its Apply
 * and "This finding is wrong" buttons (their words, names and whether they are off), "Apply all",
 * and the feedback controls with where the last click stands. A host lays these out with its own
 * components and decides nothing: change a rule here and both hosts follow.
 */
import type { Translate } from '../i18n/translator';
import type { Emphasis } from '../view/emphasis';
import type { ToneFeedbackControls } from './feedback-view';
import type { ToneResult } from './types';
import { toneWords, type FindingLine, type ToneWords } from './view-words';

/** A button as every host draws it: its words, its accessible name, and whether it is off. */
export interface ToneButton {
  readonly label: string;
  readonly name: string;
  readonly disabled: boolean;
}

/** One problem with its buttons: Apply when it has a rewrite, "wrong" when feedback is on. */
export interface FindingItem extends FindingLine {
  readonly applyButton?: ToneButton;
  readonly wrongButton?: ToneButton;
}

/** A line saying where the agent's last feedback click stands. */
export interface ToneNotice {
  readonly text: string;
  readonly emphasis: Emphasis;
  readonly role: 'alert' | 'status';
}

/** The feedback controls' words, when the admin turned agent feedback on. */
export interface FeedbackWords {
  readonly title: string;
  readonly noteLabel: string;
  readonly noteHint: string;
  readonly missedButton: ToneButton;
  /** Sending, thanks, or why it failed; undefined before any click on the check shown. */
  readonly status?: ToneNotice;
}

/** What the panel shows for one checked draft, its buttons included. */
export interface TonePanelWords extends Omit<ToneWords, 'problems'> {
  readonly problems: readonly FindingItem[];
  /** The score in words, such as "Tone score 80 of 100". */
  readonly scoreText: string;
  /**
   * "Apply all": absent with fewer than `applyAllFrom` (view.ts) rewrites (every host hides it then:
   * a button that cannot be on only makes the agent wonder), off while the check catches up with
   * typing.
   */
  readonly applyAllButton?: ToneButton;
  readonly feedback?: FeedbackWords;
}

/** The panel's state beside the result: typing not yet checked, and the feedback controls. */
export interface TonePanelState<E> {
  /** True while `result` is not yet the check of the draft as it is: its rewrites wait. */
  readonly pending: boolean;
  /** Present when the admin turned agent feedback on. */
  readonly feedback?: ToneFeedbackControls<E> | undefined;
  /** Why a write failed, in the host's words for its errors. */
  readonly reason: (error: E) => string;
}

export const button = (label: string, disabled: boolean, name = label): ToneButton => ({
  label,
  name,
  disabled,
});

/** The tone panel for `result`, read by an agent in `agentLocale`, in `state`. */
export function tonePanelWords<E>(
  t: Translate,
  result: ToneResult,
  agentLocale: string,
  state: TonePanelState<E>,
): TonePanelWords {
  const words = toneWords(t, result, agentLocale);
  const { pending, feedback } = state;
  const problems = words.problems.map((line): FindingItem => {
    const wrong = feedback?.wrongButton(line.finding);
    return {
      ...line,
      ...(line.suggestion && {
        applyButton: button(t('tone.apply'), pending, line.suggestion.apply),
      }),
      ...(wrong && {
        wrongButton: button(t(wrong.label), pending || wrong.disabled, line.wrongLabel),
      }),
    };
  });
  return {
    ...words,
    problems,
    scoreText: t('tone.score', { score: words.score }),
    ...(words.canApplyAll && { applyAllButton: button(t('tone.applyAll'), pending) }),
    ...(feedback && { feedback: feedbackWords(t, feedback, pending, state.reason) }),
  };
}

function feedbackWords<E>(
  t: Translate,
  feedback: ToneFeedbackControls<E>,
  pending: boolean,
  reason: (error: E) => string,
): FeedbackWords {
  const { status } = feedback;
  const notice: ToneNotice | undefined =
    status.status === 'sending'
      ? { text: t('tone.feedback.sending'), emphasis: 'info', role: 'status' }
      : status.status === 'sent'
        ? { text: t('tone.feedback.thanks'), emphasis: 'good', role: 'status' }
        : status.status === 'failed'
          ? {
              text: t('tone.feedback.failed', { reason: reason(status.error) }),
              emphasis: 'bad',
              role: 'alert',
            }
          : undefined;
  return {
    title: t('tone.feedback.title'),
    noteLabel: t('tone.feedback.note'),
    noteHint: t('tone.feedback.noteHint', { max: feedback.maxNoteLength }),
    missedButton: button(t('tone.feedback.missed'), pending || feedback.sending),
    ...(notice && { status: notice }),
  };
}
