/**
 * A code-split module the sidebar may want before React asks for it (issue 16): one place that
 * starts its download early, remembers it once it has run, and lets a component render it at once
 * then. Not React.lazy: a Suspense boundary that has shown its fallback reveals its content on
 * React's throttle (up to 500 ms later), and a lazy component suspends on its first render even
 * when its chunk has already run.
 */
import { useEffect, useState } from 'react';

export interface Chunk<T> {
  /** Loads it; webpack loads a chunk once, and a chunk that failed is fetched again next time. */
  load(): Promise<T>;
  /** What it exported, if it has already run. */
  loaded(): T | undefined;
  /** Starts the download; a failure here shows, visibly, where the chunk is rendered. */
  preload(): void;
}

/** `load` is the `import()` of the chunk, picking the export wanted. */
export function chunk<T>(load: () => Promise<T>): Chunk<T> {
  let value: T | undefined;
  const chunkLoad = () =>
    load().then((loaded) => {
      value = loaded;
      return loaded;
    });
  return {
    load: chunkLoad,
    loaded: () => value,
    preload: () => void chunkLoad().catch(() => undefined),
  };
}

/** The chunk's export once it has run (at once if it already had), or the error that stopped it. */
export function useChunk<T>(of: Chunk<T>): { value?: T; failure?: Error } {
  const [state, setState] = useState<{ value?: T; failure?: Error }>(() => ({
    value: of.loaded(),
  }));
  const waiting = state.value === undefined && state.failure === undefined;
  useEffect(() => {
    if (!waiting) return;
    let active = true;
    of.load().then(
      (value) => active && setState({ value }),
      (error: unknown) =>
        active && setState({ failure: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      active = false;
    };
  }, [of, waiting]);
  return state;
}

/**
 * Runs `work` once the browser has painted what was just committed: a task queued from the next
 * animation frame runs after that frame's paint. Returns a cancel function. Where there are no
 * frames (a test's DOM without them), a task.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
