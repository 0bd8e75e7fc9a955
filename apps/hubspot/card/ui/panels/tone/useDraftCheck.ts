/**
 * The draft box's controller: the text as typed, its tone check by our backend (issue 16: the
 * engines run there, so the card carries none of their rules, lexicons or models), and the edits
 * the findings offer. The draft is sent a moment after typing stops, one request at a time; which
 * reply is shown for which draft is decided in shared/tone/draft-check. Suggestions apply to the
 * text that was checked, so offsets always fit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  blankResult,
  draftCheckStatus,
  shouldAsk,
  type Answer,
  type DraftCheckStatus,
} from '../../../../../../shared/tone/draft-check';
import type { Finding, ToneResult } from '../../../../../../shared/tone/types';
import { rewriteDraft, toneRecheckDelayMs } from '../../../../../../shared/tone/view';
import { languagePaths, toneCheckReplySchema, type ToneCheckRequest } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { useCardServices } from '../../services';

/** How the draft is checked: the portal's tone options and the language to read it in. */
export type DraftCheckOptions = Omit<ToneCheckRequest, 'text'>;

/** The draft, its check, and what the agent can do with it. */
export interface DraftCheck {
  text: string;
  /** The text `result` is about: the last draft the backend checked. */
  checkedText: string;
  /** The tone check of `checkedText`: the draft's own once `check.status` is `ready`. */
  result: ToneResult;
  check: DraftCheckStatus<BackendError>;
  /** The agent typed: the draft is checked once typing pauses. */
  type: (text: string) => void;
  /** Puts new text in the draft (a template) and checks it at once. */
  replace: (text: string) => void;
  rewrite: (target: Finding | 'all') => void;
  /** Asks again after a failed check. */
  retry: () => void;
}

/** The draft box's state, checked with `options` (locale, company phrases, blocking categories). */
export function useDraftCheck(options: DraftCheckOptions): DraftCheck {
  const { backend } = useCardServices();
  const [text, setText] = useState('');
  // The draft as it was when typing last paused: what is (or is next) sent.
  const [settled, setSettled] = useState('');
  const [answer, setAnswer] = useState<Answer<DraftCheckOptions, BackendError>>();
  // The last check that succeeded: Apply works on it, and the findings stay beside the verdict.
  const [shown, setShown] = useState({ text: '', result: blankResult });
  // A ref, not state: the effect below may run twice before a render (React's strict mode), and
  // the second run must see the first's request.
  const inFlight = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (text === settled) return undefined;
    const timer = setTimeout(() => setSettled(text), toneRecheckDelayMs);
    return () => clearTimeout(timer);
  }, [text, settled]);

  // When a request settles, this runs again and sends the newest draft if it has changed meanwhile.
  useEffect(() => {
    const asked = { text: settled, options };
    if (!shouldAsk(asked, answer, inFlight.current)) return;
    inFlight.current = true;
    const body = { ...options, text: settled };
    void backend
      .request({ method: 'POST', path: languagePaths.toneCheck, body }, toneCheckReplySchema)
      .then((reply) => {
        inFlight.current = false;
        if (!mounted.current) return;
        setAnswer(
          reply.ok
            ? { ...asked, ok: true, result: reply.value }
            : { ...asked, ok: false, error: reply.error },
        );
        if (reply.ok) setShown({ text: asked.text, result: reply.value });
      });
  }, [backend, settled, options, answer]);

  const check = draftCheckStatus({ text, options }, answer);
  const current = text.trim() === '' ? { text, result: blankResult } : shown;
  const replace = useCallback((next: string) => {
    setText(next);
    setSettled(next);
  }, []);
  const rewrite = useCallback(
    (target: Finding | 'all') => replace(rewriteDraft(shown.text, shown.result, target).text),
    [shown, replace],
  );
  const retry = useCallback(() => setAnswer(undefined), []);
  return {
    text,
    checkedText: current.text,
    result: current.result,
    check,
    type: setText,
    replace,
    rewrite,
    retry,
  };
}
