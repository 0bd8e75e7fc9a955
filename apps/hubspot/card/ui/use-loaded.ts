/**
 * Runs a loader that returns a Result and tracks it as loading / ready / failed, with a `reload`
 * for Retry buttons. Replies to an earlier run are dropped when a newer run has started.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../shared/ports';

/** Where a load stands. */
export type Loaded<T, E> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: E };

/**
 * The state of `load`, run on mount and whenever `load` changes identity, plus `reload` (shows
 * loading again, for Retry) and `refresh` (keeps showing what is there until the new reply).
 */
export function useLoaded<T, E>(
  load: () => Promise<Result<T, E>>,
): { state: Loaded<T, E>; reload: () => void; refresh: () => void } {
  const [state, setState] = useState<Loaded<T, E>>({ status: 'loading' });
  const latestRun = useRef(0);

  const start = useCallback(
    (quiet: boolean) => {
      const thisRun = ++latestRun.current;
      if (!quiet) setState({ status: 'loading' });
      void load().then((result) => {
        if (thisRun !== latestRun.current) return;
        setState(
          result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'failed', error: result.error },
        );
      });
    },
    [load],
  );
  const reload = useCallback(() => start(false), [start]);
  const refresh = useCallback(() => start(true), [start]);

  useEffect(() => {
    reload();
    return () => {
      latestRun.current += 1; // unmounted: ignore any reply still on its way
    };
  }, [reload]);

  return { state, reload, refresh };
}
