import { describe, expect, it } from '@jest/globals';
import { manualTimers } from '../testing/controller-ports';
import { createStore, debounced, type Timers } from './store';

describe('store', () => {
  it('tells each listener of a change until it leaves; an unchanged snapshot is the same object', () => {
    const store = createStore({ count: 0, name: 'a' });
    const first = store.getSnapshot();
    let heard = 0;
    const leave = store.subscribe(() => (heard += 1));
    expect(store.getSnapshot()).toBe(first);
    store.set({ count: 1 });
    expect(store.getSnapshot()).toEqual({ count: 1, name: 'a' });
    leave();
    store.set({ count: 2 });
    expect(heard).toBe(1);
  });
});

describe('debounced', () => {
  it('runs once calls pause, and not at all once cancelled', () => {
    const clock = manualTimers();
    let runs = 0;
    const pause = debounced(clock.timers, 100, () => (runs += 1));
    pause.schedule();
    clock.pass(60);
    pause.schedule();
    clock.pass(60);
    expect(runs).toBe(0);
    clock.pass(40);
    expect(runs).toBe(1);
    pause.schedule();
    pause.cancel();
    clock.pass(100);
    expect(runs).toBe(1);
  });

  it("calls the host's timers unbound, as the browser's own setTimeout requires", () => {
    const clock = manualTimers();
    // Like window.setTimeout: called as a method of another object, it throws.
    const browserLike: Timers = {
      setTimeout(this: unknown, run, ms) {
        if (this !== undefined) throw new TypeError('Illegal invocation');
        return clock.timers.setTimeout(run, ms);
      },
      clearTimeout(this: unknown, handle) {
        if (this !== undefined) throw new TypeError('Illegal invocation');
        clock.timers.clearTimeout(handle);
      },
    };
    let runs = 0;
    const pause = debounced(browserLike, 10, () => (runs += 1));
    pause.schedule();
    pause.schedule();
    clock.pass(10);
    expect(runs).toBe(1);
  });
});
