/**
 * The draft box's controller, where the draft is checked elsewhere (the HubSpot card asks our
 * backend): the text as typed, sent a moment after typing stops, one request at a time; which reply
 * is shown for which draft is decided in ./draft-check. Suggestions apply to the text that was
 * checked, so offsets always fit. Framework-free: the host injects the check and the timers and
 * subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createStore, debounced, type Readable, type Timers } from '../view/store';
import {
  blankResult,
  draftCheckStatus,
  shouldAsk,
  type Answer,
  type DraftCheckStatus,
} from './draft-check';
import type { Finding, ToneResult } from './types';
import { rewriteDraft, toneRecheckDelayMs } from './view';

/** The draft and where its check stands. */
export interface DraftSnapshot<E> {
  text: string;
  /** The text `result` is about: the last draft checked (the draft itself once it is blank). */
  checkedText: string;
  /** The tone check of `checkedText`: the draft's own once `check.status` is `ready`. */
  result: ToneResult;
  check: DraftCheckStatus<E>;
}

/** What the draft box can do, beside its snapshot. */
export interface DraftController<O, E> extends Readable<DraftSnapshot<E>> {
  /** The agent typed: the draft is checked once typing pauses. */
  type(text: string): void;
  /** Puts new text in the draft (a template, a rewrite) and checks it at once. */
  replace(text: string): void;
  rewrite(target: Finding | 'all'): void;
  /** Asks again after a failed check. */
  retry(): void;
  /** New options (another language): the draft is checked again with them. */
  setOptions(options: O): void;
  /** The panel closed: a check still waiting for typing to pause is dropped. */
  stop(): void;
}

/** How the host checks a draft, and its timers. */
export interface DraftPorts<O, E> {
  check(text: string, options: O): Promise<Result<ToneResult, E>>;
  timers: Timers;
}

/** A draft box holding an empty draft, checked with `options`. */
export function createDraftController<O, E>(
  initialOptions: O,
  ports: DraftPorts<O, E>,
): DraftController<O, E> {
  let options = initialOptions;
  // The draft as it was when typing last paused: what is (or is next) sent.
  let settled = '';
  let answer: Answer<O, E> | undefined;
  let inFlight = false;
  // The last check that succeeded: Apply works on it, and the findings stay beside the verdict.
  let shown = { text: '', result: blankResult };
  const store = createStore<DraftSnapshot<E>>({
    text: '',
    checkedText: '',
    result: blankResult,
    check: { status: 'ready' },
  });

  const publish = (text = store.getSnapshot().text) => {
    const current = text.trim() === '' ? { text, result: blankResult } : shown;
    store.set({
      text,
      checkedText: current.text,
      result: current.result,
      check: draftCheckStatus({ text, options }, answer),
    });
  };

  /** Sends the settled draft if it needs asking; when the reply comes, asks about the newest. */
  const ask = () => {
    const asked = { text: settled, options };
    if (!shouldAsk(asked, answer, inFlight)) return;
    inFlight = true;
    void ports.check(asked.text, asked.options).then((reply) => {
      inFlight = false;
      answer = reply.ok
        ? { ...asked, ok: true, result: reply.value }
        : { ...asked, ok: false, error: reply.error };
      if (reply.ok) shown = { text: asked.text, result: reply.value };
      publish();
      ask();
    });
  };

  const pause = debounced(ports.timers, toneRecheckDelayMs, () => {
    settled = store.getSnapshot().text;
    ask();
  });

  const replace = (text: string) => {
    pause.cancel();
    settled = text;
    publish(text);
    ask();
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    type(text) {
      publish(text);
      if (text === settled) pause.cancel();
      else pause.schedule();
    },
    replace,
    rewrite: (target) => replace(rewriteDraft(shown.text, shown.result, target).text),
    retry() {
      answer = undefined;
      publish();
      ask();
    },
    setOptions(next) {
      if (next === options) return;
      options = next;
      publish();
      ask();
    },
    stop: pause.cancel,
  };
}
