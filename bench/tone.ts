/**
 * Tone-check benchmark: `checkTone` per message over the labelled corpus (median and p99), on a
 * typical 600-character draft, and on a 50 KB draft as text and as HTML. Figures in microseconds.
 * Run standalone with `tsx bench/tone.ts`; `benchTone()` returns the figures.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { checkTone, type ToneOptions } from '../shared/tone';
import { meaningLocales, toneModelData } from '../shared/tone/meaning/locales';
import { installMeaning, installModel } from '../shared/tone/meaning/slot';
import { loadToneCorpus } from '../tests/fixtures/tone/corpus';

function percentile(sorted: readonly number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Times each call of `work` in microseconds after a warm-up, sorted ascending. */
function timings(work: Array<() => unknown>, rounds: number): number[] {
  for (const run of work.slice(0, 200)) run();
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

const round = (value: number): number => Math.round(value * 10) / 10;

/** The figures: median and p99 µs per message over the corpus, a 600-char draft and 50 KB drafts. */
export async function benchTone(): Promise<Record<string, number>> {
  const corpus = loadToneCorpus();
  const perMessage = timings(
    corpus.map((message) => () => checkTone(message.text, { locale: 'auto' })),
    20,
  );
  const draft = corpus
    .filter((message) => message.locale === 'en')
    .map((message) => message.text)
    .join(' ')
    .slice(0, 600);
  const typical = timings([() => checkTone(draft)], 2000);
  // The same draft with the word rules alone, in the same run: the ratio is the figure to watch.
  installMeaning({});
  installModel(undefined);
  const rulesOnly = timings([() => checkTone(draft)], 2000);
  // The first check after the lexicons and model load: fresh copies compile from scratch.
  const fresh = Object.fromEntries(
    Object.entries(meaningLocales).map(([locale, data]) => [
      locale,
      { ...data, concepts: { ...data.concepts } },
    ]),
  );
  installMeaning(fresh);
  installModel(toneModelData);
  const firstStarted = performance.now();
  checkTone(draft);
  const firstCheck = (performance.now() - firstStarted) * 1000;
  installMeaning(meaningLocales);
  const big = corpus
    .map((message) => message.text)
    .join('\n')
    .repeat(2)
    .slice(0, 50_000);
  const html = `<p>${big.replace(/\n/g, '</p><p>')}</p>`;
  const htmlOptions: ToneOptions = { format: 'html' };
  const long = timings([() => checkTone(big)], 30);
  const longHtml = timings([() => checkTone(html, htmlOptions)], 30);
  return {
    'corpus median µs/message': round(percentile(perMessage, 0.5)),
    'corpus p99 µs/message': round(percentile(perMessage, 0.99)),
    'draft 600 chars median µs': round(percentile(typical, 0.5)),
    'draft 600 chars p99 µs': round(percentile(typical, 0.99)),
    'draft 600 chars rules only median µs': round(percentile(rulesOnly, 0.5)),
    'draft 600 chars median ÷ rules only': round(
      percentile(typical, 0.5) / percentile(rulesOnly, 0.5),
    ),
    'first check after lexicons load µs': round(firstCheck),
    'draft 50 KB text median µs': round(percentile(long, 0.5)),
    'draft 50 KB text p99 µs': round(percentile(long, 0.99)),
    'draft 50 KB html median µs': round(percentile(longHtml, 0.5)),
    'draft 50 KB html p99 µs': round(percentile(longHtml, 0.99)),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchTone();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(32)} ${value}`);
}
