/**
 * The history panel's controller, the same on every host: the opening read (loading, ready or
 * failed, with Retry), what the agent loaded since on top of it (older pages, replies, a saved
 * flag), and Load more, one read at a time. A Retry starts over: nothing loaded for the last opening
 * shows with the next, and a read or write still under way for it is dropped. Framework-free: the
 * host injects its reads per command and subscribes to the snapshot; what the panel shows of it is
 * ./view's `historyView`.
 */
import type { Result } from '../ports';
import { createLoader, type Loaded } from '../view/load';
import { createStore, type Readable } from '../view/store';
import { createMoreLoader } from './more-loader';
import type { MoreState } from './pages';

/** The opening read, what shows of it now, and Load more. */
export interface HistorySnapshot<O, H, F> {
  readonly state: Loaded<O, F>;
  /** The opening as extended since; undefined until it is ready, or when it shows nothing. */
  readonly history: H | undefined;
  readonly more: MoreState<F>;
}

/** What the history panel can do, beside its snapshot. */
export interface HistoryController<O, H, F> extends Readable<HistorySnapshot<O, H, F>> {
  /** Reads the opening again (on open, and Retry), dropping everything loaded since. */
  reload(): void;
  /** The panel has gone: replies still on their way are dropped. */
  dispose(): void;
  /**
   * Reads the next page of what shows (`read` answers undefined when there is none) and adds it
   * with `apply`; nothing while a read is under way.
   */
  loadMore<P>(
    read: (history: H) => Promise<Result<P, F>> | undefined,
    apply: (history: H, page: P) => H,
  ): Promise<void>;
  /** Changes what shows now (a ticket's replies loading, then loaded). */
  extend(change: (history: H) => H): void;
  /**
   * Runs a read or write about what shows (a ticket's replies, a flag change) and shows its reply
   * with `apply`, unless the panel has started over meanwhile; undefined when nothing shows.
   */
  run<V, E>(
    run: (history: H) => Promise<Result<V, E>>,
    apply: (history: H, reply: Result<V, E>) => H,
  ): Promise<Result<V, E> | undefined>;
}

/** A controller over the host's opening read; `shown` is what shows of an opening, if anything. */
export function createHistoryController<O, H, F>(
  open: () => Promise<Result<O, F>>,
  shown: (opened: O) => H | undefined,
): HistoryController<O, H, F> {
  const loader = createLoader(open);
  const moreLoader = createMoreLoader<F>();
  // What shows, and the opening it extends: a change for an earlier opening is dropped.
  let of: O | undefined;
  const snapshotOf = (): HistorySnapshot<O, H, F> => {
    const state = loader.getSnapshot();
    if (state.status !== 'ready') return { state, history: undefined, more: { status: 'idle' } };
    if (of !== state.value) {
      of = state.value;
      return { state, history: shown(state.value), more: { status: 'idle' } };
    }
    return { state, history: store.getSnapshot().history, more: moreLoader.getSnapshot().more };
  };
  const store = createStore<HistorySnapshot<O, H, F>>({
    state: loader.getSnapshot(),
    history: undefined,
    more: { status: 'idle' },
  });
  loader.subscribe(() => store.set(snapshotOf()));
  moreLoader.subscribe(() => store.set(snapshotOf()));
  const current = () => store.getSnapshot().history;
  /** Applies `change` to what shows, if it still extends `opening`. */
  const extendFrom = (opening: O | undefined, change: (history: H) => H) => {
    const history = current();
    if (opening === of && history !== undefined) store.set({ history: change(history) });
  };
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    reload() {
      moreLoader.reset();
      loader.reload();
    },
    dispose() {
      moreLoader.reset();
      loader.dispose();
    },
    async loadMore(read, apply) {
      const history = current();
      if (history === undefined || moreLoader.getSnapshot().more.status === 'loading') return;
      const reading = read(history);
      if (reading === undefined) return;
      const opening = of;
      await moreLoader.load(
        () => reading,
        (page) => extendFrom(opening, (now) => apply(now, page)),
      );
    },
    extend: (change) => extendFrom(of, change),
    async run(run, apply) {
      const history = current();
      if (history === undefined) return undefined;
      const opening = of;
      const reply = await run(history);
      extendFrom(opening, (now) => apply(now, reply));
      return reply;
    },
  };
}
