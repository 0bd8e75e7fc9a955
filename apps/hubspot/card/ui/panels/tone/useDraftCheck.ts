/**
 * The draft box's controller: the text as typed, its tone check by our backend (issue 16: the
 * engines run there, so the card carries none of their rules, lexicons or models), and the edits
 * the findings offer. The draft is sent a moment after the agent stops typing, one request at a
 * time: while one is out, the newest draft waits for it, and a reply about an older draft is never
 * shown as this one's. Until the reply for the draft as it is arrives, there is no verdict
 * ("Checking the draft…"); when the check fails, the panel says why and offers Retry, never the
 * last verdict. Suggestions apply to the text that was checked, so offsets always fit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding, ToneResult } from '../../../../../../shared/tone/types';
import { rewriteDraft, toneRecheckDelayMs } from '../../../../../../shared/tone/view';
import { languagePaths, toneCheckReplySchema, type ToneCheckRequest } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { useCardServices } from '../../services';

/** How the draft is checked: the portal's tone options and the language to read it in. */
export type DraftCheckOptions = Omit<ToneCheckRequest, 'text'>;

/** Where the check of the draft as it is now stands. */
export type DraftCheckStatus =
  { status: 'checking' } | { status: 'ready' } | { status: 'failed'; error: BackendError };

/** The draft, its check, and what the agent can do with it. */
export interface DraftCheck {
  text: string;
  /** The text `result` is about: the last draft the backend checked. */
  checkedText: string;
  /** The tone check of `checkedText` (only shown when `check.status` is `ready`). */
  result: ToneResult;
  /** The check of the draft as it is now: on its way, ready, or failed (with why). */
  check: DraftCheckStatus;
  /** True until `result` is the check of the draft as it is now. */
  pending: boolean;
  /** The agent typed: the draft is checked once typing pauses. */
  type: (text: string) => void;
  /** Puts new text in the draft (a template) and checks it at once. */
  replace: (text: string) => void;
  /** Rewrites one finding's span with its suggestion, or every problem that has one. */
  rewrite: (target: Finding | 'all') => void;
  /** Asks again after a failed check. */
  retry: () => void;
}

/** A blank draft's check: nothing to find (a blank draft is never sent). */
const blankResult: ToneResult = { verdict: 'ok', score: 100, locale: 'auto', findings: [] };

/** A check asked of the backend: the draft and the options it was read with. */
interface Asked {
  text: string;
  options: DraftCheckOptions;
}

/** A reply, kept with what it answers so it is never shown for anything else. */
type Answer = Asked & ({ ok: true; result: ToneResult } | { ok: false; error: BackendError });

const answers = (answer: Answer | undefined, asked: Asked): boolean =>
  answer !== undefined && answer.text === asked.text && answer.options === asked.options;

const isBlank = (text: string): boolean => text.trim() === '';

/** The draft box's state, checked with `options` (locale, company phrases, blocking categories). */
export function useDraftCheck(options: DraftCheckOptions): DraftCheck {
  const { backend } = useCardServices();
  const [text, setText] = useState('');
  // The draft as it was when typing last paused: what is (or is next) sent.
  const [settled, setSettled] = useState('');
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  // The last check that succeeded: Apply works on it, and the findings stay beside the verdict.
  const [shown, setShown] = useState<{ text: string; result: ToneResult }>({
    text: '',
    result: blankResult,
  });
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

  // One request at a time: when it settles, this runs again and sends the newest draft, if it has
  // changed meanwhile. A failed check is not asked again until Retry clears its answer.
  useEffect(() => {
    const asked: Asked = { text: settled, options };
    if (inFlight.current || isBlank(settled) || answers(answer, asked)) return;
    inFlight.current = true;
    void backend
      .request(
        { method: 'POST', path: languagePaths.toneCheck, body: { ...options, text: settled } },
        toneCheckReplySchema,
      )
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

  const now: Asked = { text, options };
  const check: DraftCheckStatus = isBlank(text)
    ? { status: 'ready' }
    : !answers(answer, now) || answer === undefined
      ? { status: 'checking' }
      : answer.ok
        ? { status: 'ready' }
        : { status: 'failed', error: answer.error };
  const current = isBlank(text) ? { text, result: blankResult } : shown;

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
    pending: check.status !== 'ready',
    type: setText,
    replace,
    rewrite,
    retry,
  };
}
