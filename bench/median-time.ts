/** Timing for the core benchmarks (plans, history): one median, written once. */
import { performance } from 'node:perf_hooks';

/**
 * The median of `runs` timings of `work`, in milliseconds rounded to `digits`, after `warmUp`
 * untimed runs (so the JIT's first compilations are not timed).
 */
export function medianTimeMs(
  work: () => void,
  runs: number,
  { warmUp = 0, digits = 2 }: { warmUp?: number; digits?: number } = {},
): number {
  for (let i = 0; i < warmUp; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Number((samples[Math.floor(runs / 2)] ?? 0).toFixed(digits));
}
