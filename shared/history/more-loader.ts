/**
 * Loading the next page of a timeline, the same on every host: one read at a time, its failure
 * kept to show beside the button, and a reply that comes after the panel started over dropped.
 * Framework-free: the host injects the read per press and subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import type { MoreState } from './pages';

/** Where loading the next page stands. */
export interface MoreSnapshot<F> {
  readonly more: MoreState<F>;
}

/** What the Load more button can do, beside its snapshot. */
export interface MoreLoader<F> extends Readable<MoreSnapshot<F>> {
  /** Reads a page and hands it to `apply`; nothing while a read is under way. */
  load<P>(read: () => Promise<Result<P, F>>, apply: (page: P) => void): Promise<void>;
  /** The panel started over (a Retry, another customer): a read under way is dropped. */
  reset(): void;
}

/** A Load more with nothing under way. */
export function createMoreLoader<F>(): MoreLoader<F> {
  const store = createStore<MoreSnapshot<F>>({ more: { status: 'idle' } });
  let run = 0;
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    async load(read, apply) {
      if (store.getSnapshot().more.status === 'loading') return;
      const thisRun = ++run;
      store.set({ more: { status: 'loading' } });
      const page = await read();
      if (thisRun !== run) return;
      if (!page.ok) return store.set({ more: { status: 'failed', error: page.error } });
      apply(page.value);
      store.set({ more: { status: 'idle' } });
    },
    reset() {
      run += 1;
      store.set({ more: { status: 'idle' } });
    },
  };
}
