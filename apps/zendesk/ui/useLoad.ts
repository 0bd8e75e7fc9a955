/** Runs a panel's load (an adapter call returning a Result) and exposes loading/ready/error with retry. */
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/ports';

/** A panel's data as it loads. */
export type LoadState<T, E> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: E };

/**
 * Calls `load` on mount and on `retry()`; a stale answer (after unmount or a newer retry) is dropped.
 * `load` must be stable (wrap it in useCallback) or it runs on every render.
 */
export function useLoad<T, E>(
  load: () => Promise<Result<T, E>>,
): { state: LoadState<T, E>; retry: () => void } {
  const [state, setState] = useState<LoadState<T, E>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void load().then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
