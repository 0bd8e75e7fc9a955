/**
 * Agent feedback on a tone check ("This finding is wrong", "Tactful missed something"), the same on
 * every host: what each click sends, where the last click stands, which findings were reported, and
 * that all of it belongs to one check, so a thank-you never lingers under a draft the agent has
 * since changed. Hosts keep the state (`useReducer(feedbackReducer, noFeedback)`) and inject how a
 * piece of feedback is written; this module imports no schema, so it costs a first paint nothing.
 */
import type { ToneFeedbackInput, ToneFeedbackKind } from '../feedback/feedback';
import { toneFeedbackLimits } from '../feedback/limits';
import type { Result } from '../ports';
import type { Finding, ToneResult } from './types';

/** Where the last click stands, for the check it was about; `E` is the host's write error. */
export type FeedbackStatus<E> =
  { status: 'idle' } | { status: 'sending' } | { status: 'sent' } | { status: 'failed'; error: E };

/** The agent's note and the clicks on one check. */
export interface FeedbackState<E> {
  /** The check the last click was about. */
  about?: ToneResult;
  status: FeedbackStatus<E>;
  /** The findings of `about` reported wrong (their {@link findingKey}s). */
  reported: readonly string[];
  /** The optional note sent with the next click, at most `toneFeedbackLimits.note` characters. */
  note: string;
}

/** What happens to the feedback: the note is edited, a click is sent, the host answers. */
export type FeedbackEvent<E> =
  | { type: 'note'; text: string }
  | { type: 'sending'; about: ToneResult }
  | { type: 'answered'; about: ToneResult; finding?: Finding; written: Result<unknown, E> };

/** No note and no click yet. */
export const noFeedback: FeedbackState<never> = {
  status: { status: 'idle' },
  reported: [],
  note: '',
};

const idle = { status: 'idle' } as const;

/** A finding's identity within one check. */
const findingKey = (finding: Finding) => `${finding.ruleId}:${finding.start}:${finding.end}`;

/** The next feedback state. An answer about an older check leaves the current one alone. */
export function feedbackReducer<E>(
  state: FeedbackState<E>,
  event: FeedbackEvent<E>,
): FeedbackState<E> {
  switch (event.type) {
    case 'note':
      return { ...state, note: event.text.slice(0, toneFeedbackLimits.note) };
    case 'sending':
      return {
        ...state,
        about: event.about,
        status: { status: 'sending' },
        reported: state.about === event.about ? state.reported : [],
      };
    case 'answered': {
      // A recorded note is done with, whichever check it was about.
      const note = event.written.ok ? '' : state.note;
      if (state.about !== event.about) return { ...state, note };
      if (!event.written.ok)
        return { ...state, status: { status: 'failed', error: event.written.error } };
      const { finding } = event;
      const reported =
        finding === undefined ? state.reported : [...state.reported, findingKey(finding)];
      return { ...state, note, status: { status: 'sent' }, reported };
    }
  }
}

/** The checked draft the clicks are about: the check the agent sees and the input it read. */
export interface FeedbackSubject {
  result: ToneResult;
  draft: ToneFeedbackInput['draft'];
}

/** What a host shows and does when the admin turned agent feedback on. */
export interface ToneFeedbackControls<E> {
  note: string;
  setNote: (note: string) => void;
  maxNoteLength: number;
  /** The last click on the check on screen; `idle` for a check not clicked on. */
  status: FeedbackStatus<E>;
  sending: boolean;
  /** A finding's "This finding is wrong" button: its words, and off while sending or once reported. */
  wrongButton: (finding: Finding) => {
    label: 'tone.feedback.wrong' | 'tone.feedback.reported';
    disabled: boolean;
  };
  wrong: (finding: Finding) => void;
  missed: () => void;
}

/** How the host writes feedback, when the click happened, and what the admin lets it keep. */
export interface FeedbackPorts<E> {
  dispatch: (event: FeedbackEvent<E>) => void;
  write: (input: ToneFeedbackInput) => Promise<Result<unknown, E>>;
  now: () => Date;
  /** `tone.feedbackIncludeDraft`: a draft the admin does not allow is never sent. */
  includeDraft: boolean;
  /** Told each answer (the HubSpot card thanks the agent, or explains, in an alert). */
  onAnswer?: (written: Result<unknown, E>) => void;
}

/** The controls for `subject` (undefined while there is no checked draft) in `state`. */
export function feedbackControls<E>(
  state: FeedbackState<E>,
  subject: FeedbackSubject | undefined,
  ports: FeedbackPorts<E>,
): ToneFeedbackControls<E> {
  const current = subject !== undefined && state.about === subject.result;
  const status = current ? state.status : idle;
  const reported = new Set(current ? state.reported : []);
  const sending = status.status === 'sending';
  const send = (kind: ToneFeedbackKind, finding?: Finding) => {
    if (subject === undefined) return;
    const about = subject.result;
    ports.dispatch({ type: 'sending', about });
    void ports
      .write({
        kind,
        result: about,
        draft: subject.draft,
        ...(finding === undefined ? {} : { disputed: finding }),
        note: state.note,
        at: ports.now(),
        includeDraft: ports.includeDraft,
      })
      .then((written) => {
        ports.dispatch({ type: 'answered', about, ...(finding && { finding }), written });
        ports.onAnswer?.(written);
      });
  };
  return {
    note: state.note,
    setNote: (text) => ports.dispatch({ type: 'note', text }),
    maxNoteLength: toneFeedbackLimits.note,
    status,
    sending,
    wrongButton: (finding) => {
      const done = reported.has(findingKey(finding));
      return {
        label: done ? 'tone.feedback.reported' : 'tone.feedback.wrong',
        disabled: sending || done,
      };
    },
    wrong: (finding) => send('wrong-finding', finding),
    missed: () => send('missed'),
  };
}

/** The admin's feedback settings (`tone.feedback`, `tone.feedbackIncludeDraft`). */
export interface FeedbackSettings {
  feedback: boolean;
  feedbackIncludeDraft: boolean;
}

/** {@link feedbackControls} when the admin turned agent feedback on, else undefined (no buttons). */
export function toneFeedback<E>(
  tone: FeedbackSettings,
  state: FeedbackState<E>,
  subject: FeedbackSubject | undefined,
  ports: Omit<FeedbackPorts<E>, 'includeDraft'>,
): ToneFeedbackControls<E> | undefined {
  if (!tone.feedback) return undefined;
  return feedbackControls(state, subject, { ...ports, includeDraft: tone.feedbackIncludeDraft });
}
