/**
 * React glue both hosts share (the Zendesk sidebar and the HubSpot card, settings and outcomes
 * pages): hooks only, no component library, so each host's build bundles the one copy. A panel's
 * load (shared/view/load.ts) and a shared controller's snapshot, heard through React.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Result } from '../../shared/ports';
import { createLoader, type Loaded } from '../../shared/view/load';
import type { Readable } from '../../shared/view/store';

export type { Loaded };

/** A store's snapshot (shared/view/store's `Readable`), rendered again each time it changes. */
export function useSnapshot<S>(store: Readable<S>): S {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** A shared controller's snapshot: it starts (`reload`) on mount and is disposed of on unmount. */
export function useStarted<S>(controller: Readable<S> & { reload(): void; dispose(): void }): S {
  const snapshot = useSnapshot(controller);
  useEffect(() => {
    controller.reload();
    return controller.dispose;
  }, [controller]);
  return snapshot;
}

/**
 * The state of `load`, plus `reload` (shows loading again, for Retry) and `refresh` (keeps showing
 * what is there until the new reply). `load` must be stable (useCallback) or it runs on every
 * render. A `first` state that is already ready is not loaded again.
 */
export function useLoaded<T, E>(load: () => Promise<Result<T, E>>, first?: Loaded<T, E>) {
  // `first` counts only for the loader's first state, so it is not a dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loader = useMemo(() => createLoader(load, first), [load]);
  const state = useSnapshot(loader);
  useEffect(() => {
    if (loader.getSnapshot().status !== 'ready') loader.reload();
    return loader.dispose;
  }, [loader]);
  return { state, reload: loader.reload, refresh: loader.refresh };
}
