/**
 * Tone-check benchmark: `checkTone` per message over the labelled corpus (median and p99), on a
 * typical 600-character draft with the lexicons and model loaded, side by side with the word
 * rules alone (same run, a ratio), the first check after the model's chunk loads, and a 50 KB
 * draft as text and as HTML. Figures in microseconds unless named otherwise.
 *
 * How p99 is measured fairly on a shared machine: every timed function first runs `warmUpCalls`
 * times untimed (V8 optimises hot code after some hundreds of calls; the sidebar's checks run on
 * optimised code after the first few keystrokes). Each call is timed by the wall clock and by the
 * process's CPU time: when other processes hold the cores, a call's wall time includes the time
 * the OS gave them, its CPU time does not (it does include V8's own helper threads: GC, JIT). The
 * garbage collector's pauses during the timed draft checks are counted apart.
 * Run standalone with `tsx bench/tone.ts`; `benchTone()` returns the figures.
 */
import { execFileSync } from 'node:child_process';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkTone, type ToneOptions } from '../shared/tone';
import { meaningLocales, prepareToneData, toneModelData } from '../shared/tone/meaning/locales';
import { installMeaning, installModel } from '../shared/tone/meaning/slot';
import { loadToneCorpus } from '../tests/fixtures/tone/corpus';
import { typicalDraft } from './tone-draft';

/** Untimed calls before timing starts: enough for V8 to have optimised the check. */
const warmUpCalls = 500;

function percentile(sorted: readonly number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Runs `work` round-robin until `calls` calls have run, untimed. */
function warmUp(work: Array<() => unknown>, calls: number): void {
  for (let call = 0; call < calls; call += 1) work[call % work.length]?.();
}

/** Times each call of `work` in microseconds (wall clock) after a warm-up, sorted ascending. */
function timings(work: Array<() => unknown>, rounds: number, warmUpFor = warmUpCalls): number[] {
  warmUp(work, warmUpFor);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const run of work) {
      const started = performance.now();
      run();
      samples.push((performance.now() - started) * 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

interface DraftTimings {
  wall: number[];
  cpu: number[];
  /** Pauses of the garbage collector while timing, in microseconds. */
  gc: number[];
}

/** One function timed `calls` times by wall clock and CPU time, with the GC pauses meanwhile. */
async function draftTimings(run: () => unknown, calls: number): Promise<DraftTimings> {
  warmUp([run], warmUpCalls);
  const gc: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc.push(entry.duration * 1000);
  });
  observer.observe({ entryTypes: ['gc'] });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let call = 0; call < calls; call += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run();
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpuBefore);
    wall.push(elapsed * 1000);
    cpu.push(used.user + used.system);
  }
  // GC entries are delivered asynchronously, some after the next turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), gc };
}

/** What bench/tone-first-check.ts prints. */
interface FirstCheck {
  loadMs: number;
  firstCheckUs: number;
  firstCheckCpuUs: number;
}

/**
 * The first check after the chunk loads in a fresh process (cold JIT and caches), the median of
 * `runs` processes: one process is at the mercy of whatever else the machine runs that moment.
 */
function firstCheckInFreshProcess(runs: number): FirstCheck {
  const script = fileURLToPath(new URL('./tone-first-check.ts', import.meta.url));
  const results = Array.from({ length: runs }, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as FirstCheck;
  });
  const median = (pick: (each: FirstCheck) => number): number =>
    percentile(
      results.map(pick).sort((a, b) => a - b),
      0.5,
    );
  return {
    loadMs: median((each) => each.loadMs),
    firstCheckUs: median((each) => each.firstCheckUs),
    firstCheckCpuUs: median((each) => each.firstCheckCpuUs),
  };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The figures: median and p99 µs per message over the corpus, a 600-char draft and 50 KB drafts. */
export async function benchTone(): Promise<Record<string, number>> {
  const corpus = loadToneCorpus();
  const perMessage = timings(
    corpus.map((message) => () => checkTone(message.text, { locale: 'auto' })),
    20,
  );
  const draft = typicalDraft();
  const typical = await draftTimings(() => checkTone(draft), 3000);
  // The same draft with the word rules alone, in the same run: the ratio is the figure to watch.
  installMeaning({});
  installModel(undefined);
  const rulesOnly = await draftTimings(() => checkTone(draft), 3000);
  // The first check after the lexicons and model load, in this process: fresh copies, prepared as
  // the chunk prepares them when it loads (timed apart: that is the load's cost, off first paint).
  const fresh = Object.fromEntries(
    Object.entries(meaningLocales).map(([locale, data]) => [
      locale,
      { ...data, concepts: { ...data.concepts } },
    ]),
  );
  const freshModel = { ...toneModelData };
  const prepareStarted = performance.now();
  prepareToneData(fresh, freshModel);
  const prepareMs = performance.now() - prepareStarted;
  installMeaning(fresh);
  installModel(freshModel);
  const firstStarted = performance.now();
  checkTone(draft);
  const firstCheck = (performance.now() - firstStarted) * 1000;
  installMeaning(meaningLocales);
  installModel(toneModelData);
  const freshProcess = firstCheckInFreshProcess(5);
  const big = corpus
    .map((message) => message.text)
    .join('\n')
    .repeat(2)
    .slice(0, 50_000);
  const html = `<p>${big.replace(/\n/g, '</p><p>')}</p>`;
  const htmlOptions: ToneOptions = { format: 'html' };
  const long = timings([() => checkTone(big)], 30, 3);
  const longHtml = timings([() => checkTone(html, htmlOptions)], 30, 3);
  const median = (values: readonly number[]): number => percentile(values, 0.5);
  const p99 = (values: readonly number[]): number => percentile(values, 0.99);
  return {
    'corpus median µs/message': round(median(perMessage)),
    'corpus p99 µs/message': round(p99(perMessage)),
    'draft 600 chars median µs': round(median(typical.wall)),
    'draft 600 chars p99 µs': round(p99(typical.wall)),
    'draft 600 chars p99 µs CPU time': round(p99(typical.cpu)),
    'draft 600 chars GC pauses while timed': typical.gc.length,
    'draft 600 chars longest GC pause µs': round(Math.max(0, ...typical.gc)),
    'draft 600 chars rules only median µs': round(median(rulesOnly.wall)),
    'draft 600 chars rules only p99 µs': round(p99(rulesOnly.wall)),
    'draft 600 chars rules only p99 µs CPU time': round(p99(rulesOnly.cpu)),
    'draft 600 chars median ÷ rules only': round(median(typical.wall) / median(rulesOnly.wall)),
    'draft 600 chars p99 ÷ rules only': round(p99(typical.wall) / p99(rulesOnly.wall)),
    'tone data prepare at load ms': round(prepareMs),
    'first check after lexicons load µs': round(firstCheck),
    'tone chunk load, fresh process ms': round(freshProcess.loadMs),
    'first check after chunk load, fresh process µs': round(freshProcess.firstCheckUs),
    'first check after chunk load, fresh process µs CPU time': round(freshProcess.firstCheckCpuUs),
    'draft 50 KB text median µs': round(median(long)),
    'draft 50 KB text p99 µs': round(p99(long)),
    'draft 50 KB html median µs': round(median(longHtml)),
    'draft 50 KB html p99 µs': round(p99(longHtml)),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchTone();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(32)} ${value}`);
}
