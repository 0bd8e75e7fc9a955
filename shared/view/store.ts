/**
 * The smallest store a panel's controller needs: a snapshot that changes only when set, and
 * listeners told of each change. Shaped for React's `useSyncExternalStore` (the hosts' hooks are
 * that call and nothing more) and just as usable from a test or a CLI.
 */

/** What a host subscribes to: the current snapshot and a way to hear of the next. */
export interface Readable<S> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): S;
}

/** A store the controller owning it writes. */
export interface Store<S> extends Readable<S> {
  set(change: Partial<S>): void;
}

/** A store holding `initial`; `set` makes a new snapshot, so an unchanged one is the same object. */
export function createStore<S extends object>(initial: S): Store<S> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    set(change) {
      snapshot = { ...snapshot, ...change };
      for (const listener of listeners) listener();
    },
  };
}

/**
 * Timers, injected: the core has no clock of its own, and tests drive time by hand. A host may pass
 * the browser's own functions (`{ setTimeout, clearTimeout }`): they are called unbound, as a
 * browser requires (called as a method of another object they throw "Illegal invocation").
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs `run` once calls to `schedule` pause for `ms`; `cancel` drops a run still waiting. */
export function debounced(timers: Timers, ms: number, run: () => void) {
  const { setTimeout: start, clearTimeout: clear } = timers;
  let handle: unknown;
  const cancel = () => {
    if (handle !== undefined) clear(handle);
    handle = undefined;
  };
  return {
    schedule() {
      cancel();
      handle = start(() => {
        handle = undefined;
        run();
      }, ms);
    },
    cancel,
  };
}
