/**
 * The plans panel's own reads, the same on every host: the current plan (read on open, re-read
 * after a plan is accepted, read again on Retry) and how handing the chosen summary over ended
 * (inserted into the reply, copied). A failed re-read shows as failed, with Retry, on every host:
 * the plans shown may be stale and the agent must know; `shown` keeps the plans last read so a
 * host can leave them visible beneath the failure. Framework-free: the host injects its read and
 * its hand-over per command and subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createLoader, type Loaded } from '../view/load';
import { createStore, type Readable } from '../view/store';

/** How handing the chosen summary over last ended. */
export type HandOver = 'idle' | 'done' | 'failed';

/** The current plan's read, the plans last read, and the hand-over. */
export interface PlansSnapshot<T, E> {
  readonly current: Loaded<T, E>;
  /** The plans last read (undefined before the first reply), whatever the read since. */
  readonly shown: T | undefined;
  readonly handOver: HandOver;
}

/** What the plans panel can do, beside its snapshot. */
export interface PlansController<T, E> extends Readable<PlansSnapshot<T, E>> {
  /** Reads the current plan, showing loading (on open, and Retry). */
  reload(): void;
  /** Reads it again after a plan is accepted, showing what is there until the reply. */
  refresh(): void;
  /** The panel has gone: a reply still on its way is dropped. */
  dispose(): void;
  /** Hands the summary over with `write` (true when it went through) and says how it ended. */
  handOver(write: () => Promise<boolean>): Promise<void>;
  /** The options changed: the last hand-over is no longer about what shows. */
  clearHandOver(): void;
}

/** A controller over the host's read of the current plan, starting from `first` if already read. */
export function createPlansController<T, E>(
  read: () => Promise<Result<T, E>>,
  first?: Loaded<T, E>,
): PlansController<T, E> {
  const loader = createLoader(read, first);
  const shownOf = (state: Loaded<T, E>, before: T | undefined) =>
    state.status === 'ready' ? state.value : before;
  const store = createStore<PlansSnapshot<T, E>>({
    current: loader.getSnapshot(),
    shown: shownOf(loader.getSnapshot(), undefined),
    handOver: 'idle',
  });
  loader.subscribe(() => {
    const current = loader.getSnapshot();
    store.set({ current, shown: shownOf(current, store.getSnapshot().shown) });
  });
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    reload: loader.reload,
    refresh: loader.refresh,
    dispose: loader.dispose,
    async handOver(write) {
      store.set({ handOver: (await write()) ? 'done' : 'failed' });
    },
    clearHandOver: () => store.set({ handOver: 'idle' }),
  };
}
