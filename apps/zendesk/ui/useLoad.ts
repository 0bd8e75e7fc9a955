/** A panel's load (shared/view/load.ts) as a hook: started on mount and whenever `load` changes. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Result } from '../../../shared/ports';
import { createLoader, type Loaded } from '../../../shared/view/load';

export type { Loaded as LoadState };

/** The state of `load` and `retry`; `load` must be stable (useCallback) or it runs on every render. */
export function useLoad<T, E>(load: () => Promise<Result<T, E>>) {
  const loader = useMemo(() => createLoader(load), [load]);
  const state = useSyncExternalStore(loader.subscribe, loader.getSnapshot);
  useEffect(() => {
    loader.reload();
    return loader.dispose;
  }, [loader]);
  return { state, retry: loader.reload };
}
