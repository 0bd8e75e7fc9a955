/**
 * The draft box's controller: the text as typed, its tone check (run a moment after the agent
 * stops typing; the core is fast, this only spares a re-render per keystroke), and the edits the
 * findings offer. Suggestions apply to the text that was checked, so offsets always fit.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  checkTone,
  type Finding,
  type ToneOptions,
  type ToneResult,
} from '../../../../../../shared/tone/without-model';
import { rewriteDraft, toneRecheckDelayMs } from '../../../../../../shared/tone/view';
import { useModelWeights, type ModelWeightsState } from '../../use-model-weights';

/** The draft, its check, and what the agent can do with it. */
export interface DraftCheck {
  text: string;
  /** The text `result` is about: the draft as it was when last checked. */
  checkedText: string;
  /** The tone check of the draft as it was a moment ago (the whole draft once typing pauses). */
  result: ToneResult;
  /**
   * True while the agent is typing and `result` describes an older draft, or while the learned
   * model's weights are on their way and `result` is the word rules' alone.
   */
  pending: boolean;
  /**
   * The learned model's weights (fetched from our backend): until `ready`, show "Checking the
   * draft…" rather than a verdict, as the Zendesk sidebar does while its model loads.
   */
  model: ModelWeightsState;
  /** The agent typed: the draft is checked once typing pauses. */
  type: (text: string) => void;
  /** Puts new text in the draft (a template) and checks it at once. */
  replace: (text: string) => void;
  /** Rewrites one finding's span with its suggestion, or every problem that has one. */
  rewrite: (target: Finding | 'all') => void;
}

/** The draft box's state, checked with `options` (locale, company phrases, blocking categories). */
export function useDraftCheck(options: ToneOptions): DraftCheck {
  const [text, setText] = useState('');
  const [checkedText, setCheckedText] = useState('');

  useEffect(() => {
    if (text === checkedText) return undefined;
    const timer = setTimeout(() => setCheckedText(text), toneRecheckDelayMs);
    return () => clearTimeout(timer);
  }, [text, checkedText]);

  const model = useModelWeights('tone');
  // Checked again when the model arrives (the check names the model state it was made with): the
  // model's second opinion changes the findings.
  const { result } = useMemo(
    () => ({ madeWith: model, result: checkTone(checkedText, options) }),
    [checkedText, options, model],
  );

  const replace = useCallback((next: string) => {
    setText(next);
    setCheckedText(next);
  }, []);
  const rewrite = useCallback(
    (target: Finding | 'all') => replace(rewriteDraft(checkedText, result, target).text),
    [checkedText, result, replace],
  );

  return {
    text,
    checkedText,
    result,
    pending: text !== checkedText || model === 'loading',
    model,
    type: setText,
    replace,
    rewrite,
  };
}
