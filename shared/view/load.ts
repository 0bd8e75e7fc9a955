/**
 * One load state machine for both hosts' panels: a loader that returns a Result is tracked as
 * loading / ready / failed, and a reply to an earlier run is dropped once a newer run has started
 * (or the panel has gone). Framework-free: each host's hook only subscribes and starts it.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from './store';

/** Where a load stands. */
export type Loaded<T, E> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: E };

/** The state a settled reply leaves. */
export const settled = <T, E>(result: Result<T, E>): Loaded<T, E> =>
  result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error };

/** A running load: `reload` shows loading again (for Retry); `refresh` keeps what is shown until the reply. */
export interface Loader<T, E> extends Readable<Loaded<T, E>> {
  reload(): void;
  refresh(): void;
  /** Drops any reply still on its way (the panel has gone); a later `reload` starts afresh. */
  dispose(): void;
}

/** A loader over `load`, starting from `first` (already ready, say) or loading; it runs on `reload`. */
export function createLoader<T, E>(
  load: () => Promise<Result<T, E>>,
  first: Loaded<T, E> = { status: 'loading' },
): Loader<T, E> {
  const store = createStore({ state: first });
  let latestRun = 0;
  const start = (quiet: boolean) => {
    const thisRun = ++latestRun;
    if (!quiet && store.getSnapshot().state.status !== 'loading')
      store.set({ state: { status: 'loading' } });
    void load().then((result) => {
      if (thisRun === latestRun) store.set({ state: settled(result) });
    });
  };
  return {
    subscribe: store.subscribe,
    getSnapshot: () => store.getSnapshot().state,
    reload: () => start(false),
    refresh: () => start(true),
    dispose: () => {
      latestRun += 1;
    },
  };
}
