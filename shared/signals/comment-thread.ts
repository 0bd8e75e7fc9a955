/**
 * The signals section's controller where the comments are read page by page (the Zendesk sidebar):
 * the newest page on open, older pages when the agent asks, each comment read once in the
 * customer's language, and the section's view of all read so far. A retry starts over, and a page
 * that arrives for a read since replaced is dropped. Framework-free: the host injects how the first
 * and older pages are read and subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import { signalsView, type CommentReading, type SignalsView } from './view';

/** What is read so far, where the older comments are, and how the host reads a comment. */
export interface ThreadSoFar<C> {
  readings: CommentReading[];
  nextPath: string | undefined;
  read: (comment: C) => CommentReading;
}

/** What the section shows: whether the customer has written, and the signals in their words. */
export type ThreadRead<T> = T & { hasMessage: boolean; view: SignalsView };

/** A panel's data as it loads. */
export type ThreadState<T, E> =
  { status: 'loading' } | { status: 'ready'; value: ThreadRead<T> } | { status: 'error'; error: E };

/** Loading older comments: idle, under way, or failed. */
export type OlderState<E> =
  { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: E };

/** The thread and where its older pages stand. */
export interface ThreadSnapshot<T, E> {
  state: ThreadState<T, E>;
  older: OlderState<E>;
  /** True when there are older comments to read. */
  hasOlder: boolean;
}

/** How the host reads the newest page, and an older one (undefined when it cannot). */
export interface ThreadPorts<T extends ThreadSoFar<C>, C, E> {
  first(): Promise<Result<T, E>>;
  older(
    soFar: T,
    nextPath: string,
  ): Promise<Result<{ comments: C[]; nextPath: string | undefined }, E>> | undefined;
}

/** What the section can do, beside its snapshot. */
export interface CommentThread<T, E> extends Readable<ThreadSnapshot<T, E>> {
  /** Reads the newest page (again, after a failure: Retry). */
  load(): Promise<void>;
  loadOlder(): Promise<void>;
  /** The section closed: pages still on their way are dropped. */
  stop(): void;
}

/** `soFar` with its view. */
const withView = <T extends { readings: CommentReading[] }>(soFar: T): ThreadRead<T> => ({
  ...soFar,
  hasMessage: soFar.readings.length > 0,
  view: signalsView(soFar.readings),
});

/** A section that has read nothing yet. */
export function createCommentThread<T extends ThreadSoFar<C>, C, E>(
  ports: ThreadPorts<T, C, E>,
): CommentThread<T, E> {
  const store = createStore<ThreadSnapshot<T, E>>({
    state: { status: 'loading' },
    older: { status: 'idle' },
    hasOlder: false,
  });
  let latest = 0;
  const show = (soFar: T) =>
    store.set({
      state: { status: 'ready', value: withView(soFar) },
      hasOlder: soFar.nextPath !== undefined,
    });

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    async load() {
      const run = ++latest;
      store.set({ state: { status: 'loading' }, older: { status: 'idle' }, hasOlder: false });
      const first = await ports.first();
      if (run !== latest) return;
      if (first.ok) show(first.value);
      else store.set({ state: { status: 'error', error: first.error } });
    },
    async loadOlder() {
      const { state } = store.getSnapshot();
      if (state.status !== 'ready') return;
      const soFar = state.value;
      const { nextPath } = soFar;
      if (nextPath === undefined) return;
      const reading = ports.older(soFar, nextPath);
      if (reading === undefined) return;
      const run = latest;
      store.set({ older: { status: 'loading' } });
      const page = await reading;
      if (run !== latest) return;
      if (!page.ok) return store.set({ older: { status: 'error', error: page.error } });
      const known = new Set(soFar.readings.map((reading) => reading.commentId));
      const fresh = page.value.comments
        .map(soFar.read)
        .filter((reading) => !known.has(reading.commentId));
      store.set({ older: { status: 'idle' } });
      show({ ...soFar, readings: [...soFar.readings, ...fresh], nextPath: page.value.nextPath });
    },
    stop() {
      latest += 1;
    },
  };
}
