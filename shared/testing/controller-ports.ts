/**
 * Ports for testing the panels' framework-free controllers: timers a test moves by hand, and
 * replies it releases in whatever order the case needs. No real time passes, and none is asserted.
 */
import type { Timers } from '../view/store';

/** Timers that run only when the test says time has passed. */
export function manualTimers() {
  let now = 0;
  let next = 0;
  const waiting = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout(run, ms) {
      next += 1;
      waiting.set(next, { at: now + ms, run });
      return next;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') waiting.delete(handle);
    },
  };
  return {
    timers,
    /** Moves time on by `ms`, running each timer that falls due, in order. */
    pass(ms: number) {
      now += ms;
      for (const [handle, timer] of [...waiting].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue;
        waiting.delete(handle);
        timer.run();
      }
    },
    /** How many timers are waiting. */
    pending: () => waiting.size,
  };
}

/** Calls that wait until the test answers them: `calls` in the order they were made. */
export function heldReplies<A extends unknown[], R>() {
  const calls: { args: A; answer: (reply: R) => Promise<void> }[] = [];
  const call = (...args: A) =>
    new Promise<R>((resolve) => {
      calls.push({
        args,
        // Resolves once the caller's own continuation has run.
        answer: async (reply) => {
          resolve(reply);
          await settled();
        },
      });
    });
  return { call, calls };
}

/** Lets the continuations of promises already settled run (a chain of awaits, however long). */
export async function settled(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
}
