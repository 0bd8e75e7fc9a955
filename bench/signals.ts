/**
 * Customer-signals benchmark (issue 20: "reading a 50-comment thread takes ≤ 5 ms"): a ticket
 * thread of 50 customer comments, each three to five messages of the signals dev corpus (about
 * 250 characters), read with readCustomerMessage one comment at a time, as the sidebar reads them.
 * Also the first read after load (lexicons compile on first use), and the same threads with the
 * learned model installed. Figures in milliseconds.
 * Run standalone with `tsx bench/signals.ts`; `benchSignals()` returns the figures.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readCustomerMessage } from '../shared/signals';
import { installShippedSignalModel } from '../shared/signals/model/install';
import { installSignalJudge } from '../shared/signals/model/slot';
import { loadSignalCorpus } from '../tests/fixtures/signals/corpus';
import { medianTimeMs } from './median-time';

/** 50 comments in `locale`, each joining a few corpus messages as one customer reply. */
function thread(locale: 'en' | 'es'): string[] {
  const texts = loadSignalCorpus()
    .filter((message) => message.locale === locale)
    .map((message) => message.text);
  return Array.from({ length: 50 }, (_, index) =>
    texts
      .slice((index * 4) % texts.length, ((index * 4) % texts.length) + 3 + (index % 3))
      .join(' '),
  );
}

const options = { today: '2026-11-27', timeZone: 'Europe/London' } as const;
const readAll = (comments: readonly string[]) => (): void => {
  for (const comment of comments) readCustomerMessage(comment, options);
};

/**
 * CPU time per thread read, mean of `runs`: on a shared machine the wall-clock median includes time
 * spent waiting for a core; the process's own CPU time does not.
 */
function cpuMs(work: () => void, runs: number): number {
  for (let warm = 0; warm < 5; warm += 1) work();
  const started = process.cpuUsage();
  for (let run = 0; run < runs; run += 1) work();
  const used = process.cpuUsage(started);
  return Number(((used.user + used.system) / 1000 / runs).toFixed(2));
}

/** The figures: the median time to read a 50-comment thread in each language, and the first read. */
export async function benchSignals(): Promise<Record<string, number>> {
  const english = thread('en');
  const spanish = thread('es');
  const firstStarted = performance.now();
  readAll(english)();
  const first = performance.now() - firstStarted;
  return {
    'first 50-comment thread after load ms': Number(first.toFixed(2)),
    '50-comment thread en median ms': medianTimeMs(readAll(english), 50, { warmUp: 5 }),
    '50-comment thread es median ms': medianTimeMs(readAll(spanish), 50, { warmUp: 5 }),
    '50-comment thread en CPU ms (mean)': cpuMs(readAll(english), 50),
    '50-comment thread es CPU ms (mean)': cpuMs(readAll(spanish), 50),
    ...withModel(english, spanish),
    'thread characters': english.join('').length,
  };
}

/**
 * The same threads with the learned model installed, as the sidebar reads them once its chunk
 * has loaded; the rules alone again afterwards.
 */
function withModel(english: readonly string[], spanish: readonly string[]): Record<string, number> {
  installShippedSignalModel();
  try {
    return {
      '50-comment thread en with model median ms': medianTimeMs(readAll(english), 50, {
        warmUp: 5,
      }),
      '50-comment thread es with model median ms': medianTimeMs(readAll(spanish), 50, {
        warmUp: 5,
      }),
      '50-comment thread en with model CPU ms (mean)': cpuMs(readAll(english), 50),
      '50-comment thread es with model CPU ms (mean)': cpuMs(readAll(spanish), 50),
    };
  } finally {
    installSignalJudge(undefined);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchSignals();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(40)} ${value}`);
}
