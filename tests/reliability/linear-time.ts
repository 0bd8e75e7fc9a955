/**
 * Helpers for the regular-expression (ReDoS) tests: how much slower a crafted input runs than a
 * plain input of the same length, both measured now in this process, in processor time. A ratio,
 * never an absolute time: the machines that run the tests differ, and a shared CI runner is noisy.
 */
import { expect } from '@jest/globals';

/** The length of every crafted and plain input: 64 KB, a large but possible email body or draft. */
export const hostileSize = 64 * 1024;

/** `unit` repeated to exactly `length` characters. */
export function repeatTo(unit: string, length = hostileSize): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Ordinary prose of `length` characters: the plain input crafted ones are compared against. */
export function plainProse(length = hostileSize): string {
  return repeatTo('Thanks for your message, we can set up a plan that suits you. ', length);
}

export interface Slowdown {
  /** Fastest crafted time over fastest plain time (the plain time floored at `floorMs`). */
  ratio: number;
  craftedMs: number;
  plainMs: number;
}

/**
 * The processor time this process spent on `run`, in milliseconds. Processor time, not the clock:
 * on a shared machine other processes stretch the clock time of every run (a load of 9 on 2 cores
 * made a linear pattern look 20× slower than plain text), but not the time our own code runs.
 */
async function timed(run: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The fastest of the runs. Another process or a garbage collection can only make a run slower,
 * never faster, so the fastest run is the best estimate of what the code itself costs; a median
 * still moves when a busy machine slows most of one side's runs.
 */
function fastest(values: number[]): number {
  return Math.min(...values);
}

/**
 * Runs `crafted` and `plain` alternately, `runs` times each after one warm-up call of each (so
 * compiling and caching are not measured), and compares the fastest runs. The plain time is floored at
 * `floorMs` so that when both take next to nothing, a pause for garbage collection or another
 * process on a shared machine during the crafted runs cannot turn noise into a large ratio. A
 * quadratic or exponential pattern on 64 KB takes from a tenth of a second to minutes, so the
 * floor hides nothing that matters.
 */
export async function slowdown(
  crafted: () => unknown,
  plain: () => unknown,
  { runs = 5, floorMs = 5 }: { runs?: number; floorMs?: number } = {},
): Promise<Slowdown> {
  await crafted();
  await plain();
  const craftedTimes: number[] = [];
  const plainTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    plainTimes.push(await timed(plain));
    craftedTimes.push(await timed(crafted));
  }
  const craftedMs = fastest(craftedTimes);
  const plainMs = fastest(plainTimes);
  return { ratio: craftedMs / Math.max(plainMs, floorMs), craftedMs, plainMs };
}

/**
 * Expects `read` of a `crafted` input to cost less than five times `read` of a `plain` one of the
 * same length (a ratio, never a time; see slowdown).
 */
export async function expectWithinFiveTimes(
  read: (input: string) => unknown,
  crafted: string,
  plain: string,
): Promise<void> {
  const { ratio } = await slowdown(
    () => read(crafted),
    () => read(plain),
  );
  expect(ratio).toBeLessThan(5);
}
