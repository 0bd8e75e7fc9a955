/** A panel's load (shared/view/load.ts) as a hook: started on mount and whenever `load` changes. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Result } from '../../../shared/ports';
import { createLoader, type Loaded } from '../../../shared/view/load';
import type { Readable } from '../../../shared/view/store';

export type { Loaded as LoadState };

/** A shared controller's snapshot: it starts (`reload`) on mount and is disposed of on unmount. */
export function useStarted<S>(controller: Readable<S> & { reload(): void; dispose(): void }): S {
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  useEffect(() => {
    controller.reload();
    return controller.dispose;
  }, [controller]);
  return snapshot;
}

/** The state of `load` and `retry`; `load` must be stable (useCallback) or it runs on every render. */
export function useLoad<T, E>(load: () => Promise<Result<T, E>>) {
  const loader = useMemo(() => createLoader(load), [load]);
  return { state: useStarted(loader), retry: loader.reload };
}
