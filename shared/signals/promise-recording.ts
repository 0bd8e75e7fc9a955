/**
 * Recording a promise to pay the customer wrote, the same on every host: closed (a Record button),
 * open with the problems of the last confirmation (the Zendesk form), saving, saved, or failed with
 * the host's error. One write at a time: a click while saving does nothing. Framework-free: the host
 * injects the write and subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import { promiseProblemCodes, type PromiseFormProblem } from './promise-offer';

/** Where recording stands; `S` is what a write answers, `E` the host's error. */
export type PromiseRecording<S, E> =
  | { status: 'closed' }
  | { status: 'open'; problems: readonly PromiseFormProblem[] }
  | { status: 'saving' }
  | { status: 'saved'; value: S }
  | { status: 'failed'; error: E };

/** What the agent can do with one offered promise, beside its snapshot. */
export interface PromiseRecorder<V, S, E> extends Readable<{ recording: PromiseRecording<S, E> }> {
  /** Opens the form to check the promise before it is recorded. */
  open(): void;
  cancel(): void;
  /** Records the confirmed promise, or shows why it cannot be. */
  submit(confirmed: Result<V, PromiseFormProblem[]>): Promise<void>;
}

/** A closed recorder that writes through `write`. */
export function createPromiseRecorder<V, S, E>(
  write: (value: V) => Promise<Result<S, E>>,
): PromiseRecorder<V, S, E> {
  const store = createStore<{ recording: PromiseRecording<S, E> }>({
    recording: { status: 'closed' },
  });
  const set = (recording: PromiseRecording<S, E>) => store.set({ recording });
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    open: () => set({ status: 'open', problems: [] }),
    cancel: () => set({ status: 'closed' }),
    async submit(confirmed) {
      if (store.getSnapshot().recording.status === 'saving') return;
      if (!confirmed.ok) return set({ status: 'open', problems: confirmed.error });
      set({ status: 'saving' });
      const written = await write(confirmed.value);
      set(
        written.ok
          ? { status: 'saved', value: written.value }
          : { status: 'failed', error: written.error },
      );
    },
  };
}

/** What shows for a recording: the form or the button, whether it is busy, and each field's problem. */
export function promiseRecordingView<S, E>(recording: PromiseRecording<S, E>) {
  const { status } = recording;
  return {
    /** The Record button alone (before the form opens, or after it is cancelled). */
    closed: status === 'closed',
    saving: status === 'saving',
    saved: status === 'saved' ? recording.value : undefined,
    failed: status === 'failed' ? recording.error : undefined,
    problems: promiseProblemCodes(status === 'open' ? recording.problems : []),
  };
}
