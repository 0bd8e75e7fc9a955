/**
 * The tone panel's controller where the draft lives in the host's editor and is checked here (the
 * Zendesk sidebar): the draft is read and checked on open and a moment after each change, an answer
 * overtaken by a newer check is dropped, suggestions are applied only to the draft that was checked,
 * and a save is answered from the draft being saved. It also keeps what the checks saw while the
 * reply was written (issue 17), handed over when the reply is sent. Framework-free: the host injects
 * how the draft is read, checked and written, and the timers, and subscribes to the snapshot.
 */
import {
  emptyToneSendTally,
  tallyCheck,
  tallySuggestions,
  type ToneSendTally,
} from '../outcomes/tone-send-tally';
import type { Result } from '../ports';
import type { ToneOnSave } from '../settings/settings';
import { createStore, debounced, type Readable, type Timers } from '../view/store';
import type { Finding, ToneResult } from './types';
import {
  answerSave,
  rewriteIfCurrent,
  toneRecheckDelayMs,
  type SaveDecision,
  type SaveOutcome,
  type SavedCommentType,
} from './view';

/** A draft as the host reads it: its HTML and whether the customer will see it. */
export interface HostDraft {
  html: string;
  type: SavedCommentType;
}

/** The draft and what the check found in it. */
export interface CheckedReply<D> {
  draft: D;
  result: ToneResult;
}

/** Where the check of the host's draft stands. */
export type ReplyCheckState<D, E> =
  | { status: 'loading' }
  | { status: 'ready'; value: CheckedReply<D> }
  | { status: 'error'; error: E };

/** The check and what the sidebar keeps saying about the last save. */
export interface ReplySnapshot<D, E> {
  state: ReplyCheckState<D, E>;
  saveOutcome: SaveOutcome | undefined;
}

/** How the host reads, checks and writes its draft, and its timers. */
export interface ReplyPorts<D, E> {
  read(): Promise<Result<D, E>>;
  /** Checks the draft's HTML, loading first what the check needs. */
  check(html: string): Promise<ToneResult>;
  write(html: string): Promise<Result<void, E>>;
  timers: Timers;
  /** Run once, a while after the first check, to compile the rules before the agent types. */
  warmUp?: () => void;
}

/** What a save does: the decision, and the tally to record when the reply counts as sent. */
export interface SaveAnswer {
  decision: SaveDecision;
  counted?: ToneSendTally;
}

/** What the tone panel can do, beside its snapshot. */
export interface ReplyController<D, E> extends Readable<ReplySnapshot<D, E>> {
  /**
   * Reads and checks the draft now; `justRead`, a read the host made a moment ago (the sidebar's,
   * before this panel's code ran), stands in for the read, once.
   */
  refresh(justRead?: Result<D, E>): Promise<void>;
  /** The draft changed: the last save's words go, and it is checked once typing pauses. */
  changed(): void;
  /** Applies `target`'s rewrite to the draft that was checked; checks again if it has changed. */
  rewrite(target: Finding | 'all'): Promise<void>;
  /** Shows loading and checks again (Retry after a failed read). */
  retry(): Promise<void>;
  /** Answers a save of the draft checked as `sent`, under the admin's settings. */
  save(
    sent: ToneResult,
    type: SavedCommentType,
    onSave: ToneOnSave,
    recording: boolean,
  ): SaveAnswer;
  /** The panel closed: answers still on their way and checks still waiting are dropped. */
  stop(): void;
}

/** How long after the panel opens its tone rules are compiled ahead of the agent's first check. */
export const warmUpAfterOpenMs = 1_500;

/** A tone panel that has not read the draft yet. */
export function createReplyController<D extends HostDraft, E>(
  ports: ReplyPorts<D, E>,
): ReplyController<D, E> {
  const store = createStore<ReplySnapshot<D, E>>({
    state: { status: 'loading' },
    saveOutcome: undefined,
  });
  let latest = 0;
  // What the tone check saw while this reply was written, recorded when it is sent (issue 17).
  let tally = emptyToneSendTally;
  // The warm-up runs once per opening, a while after the first check.
  let warmed = false;
  const warm = debounced(ports.timers, warmUpAfterOpenMs, () => ports.warmUp?.());
  const failed = (error: E) => store.set({ state: { status: 'error', error } });

  const refresh = async (justRead?: Result<D, E>) => {
    const run = ++latest;
    const draft = justRead ?? (await ports.read());
    if (run !== latest) return;
    if (!draft.ok) return failed(draft.error);
    const result = await ports.check(draft.value.html);
    if (run !== latest) return;
    tally = tallyCheck(tally, result);
    store.set({ state: { status: 'ready', value: { draft: draft.value, result } } });
    if (!warmed) warm.schedule();
    warmed = true;
  };
  const pause = debounced(ports.timers, toneRecheckDelayMs, () => void refresh());

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    refresh,
    changed() {
      store.set({ saveOutcome: undefined });
      pause.schedule();
    },
    async rewrite(target) {
      const { state } = store.getSnapshot();
      if (state.status !== 'ready') return;
      const { draft, result } = state.value;
      const current = await ports.read();
      if (!current.ok) return failed(current.error);
      const rewritten = rewriteIfCurrent(current.value.html, draft.html, result, target);
      if (rewritten) {
        tally = tallySuggestions(tally, rewritten.applied);
        const written = await ports.write(rewritten.text);
        if (!written.ok) return failed(written.error);
      }
      await refresh();
    },
    retry() {
      store.set({ state: { status: 'loading' } });
      return refresh();
    },
    save(sent, type, onSave, recording) {
      const save = answerSave(sent, type, onSave, recording);
      store.set({ saveOutcome: save.outcome });
      if (!save.counts) return { decision: save.decision };
      const counted = tally;
      tally = emptyToneSendTally;
      return { decision: save.decision, counted };
    },
    stop() {
      latest += 1;
      pause.cancel();
      warm.cancel();
      warmed = false;
    },
  };
}
