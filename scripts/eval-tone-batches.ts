// `npm run eval:tone:batches -- FILE...`: scores blind batches (JSONL of {id, locale, text,
// expected}) with today's word rules alone and with the meaning reader, side by side, in the
// figures of issue 13: good → ok, review-worthy flagged, block-worthy → block, block-worthy → ok.
// Run it on a batch BEFORE anyone reads the batch to tune the rules; that run is the blind figure.
// `--misses` then lists, for the full engine, every message whose verdict differs from its label
// (id, label → verdict, the findings' categories and spans) on stderr, to read after scoring.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { checkTone } from '../shared/tone';
import { installMeaning, installModel } from '../shared/tone/meaning/slot';
import { meaningLocales, toneModelData } from '../shared/tone/meaning/locales';
import { labelledBatchLine } from '../tests/fixtures/tone/corpus';

const line = labelledBatchLine;
type Labelled = z.infer<typeof line>;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  process.stderr.write('usage: npm run eval:tone:batches -- FILE.jsonl...\n');
  process.exit(2);
}

function load(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text, index) => {
      const parsed = line.safeParse(JSON.parse(text));
      if (!parsed.success) {
        process.stderr.write(
          `${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'bad line'}\n`,
        );
        process.exit(2);
      }
      return parsed.data;
    });
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;

function score(messages: readonly Labelled[]): string {
  let good = 0,
    goodOk = 0,
    review = 0,
    reviewFlagged = 0,
    block = 0,
    blockBlock = 0,
    blockOk = 0;
  for (const message of messages) {
    const verdict = checkTone(message.text, { locale: message.locale }).verdict;
    if (message.expected === 'ok') [good, goodOk] = [good + 1, goodOk + (verdict === 'ok' ? 1 : 0)];
    if (message.expected === 'review')
      [review, reviewFlagged] = [review + 1, reviewFlagged + (verdict === 'ok' ? 0 : 1)];
    if (message.expected === 'block') {
      block += 1;
      if (verdict === 'block') blockBlock += 1;
      if (verdict === 'ok') blockOk += 1;
    }
  }
  return `${percent(goodOk, good)} | ${percent(reviewFlagged, review)} | ${percent(blockBlock, block)} | ${blockOk} of ${block}`;
}

console.log(
  '| batch | locale | messages | engine | good → ok | review flagged | block → block | block → ok |',
);
console.log('|---|---|---|---|---|---|---|---|');
const batches = positionals.map((file) => ({
  name: file.replace(/^.*\//u, '').replace(/\.jsonl$/u, ''),
  messages: load(file),
}));
// Every batch on its own, then all of them together (the headline).
if (batches.length > 1)
  batches.push({ name: 'all', messages: batches.flatMap((batch) => batch.messages) });
for (const { name, messages } of batches) {
  for (const locale of ['en', 'es'] as const) {
    const scoped = messages.filter((message) => message.locale === locale);
    installModel(undefined);
    installMeaning({});
    const words = score(scoped);
    installMeaning(meaningLocales);
    const frames = score(scoped);
    installModel(toneModelData);
    const learned = score(scoped);
    console.log(`| ${name} | ${locale} | ${scoped.length} | word rules | ${words} |`);
    console.log(`| ${name} | ${locale} | ${scoped.length} | rules + frames | ${frames} |`);
    console.log(`| ${name} | ${locale} | ${scoped.length} | rules + frames + model | ${learned} |`);
  }
}

// The misses of the full engine (the model still installed), once over every file.
if (values.misses) {
  for (const message of batches.flatMap((batch) => (batch.name === 'all' ? [] : batch.messages))) {
    const { verdict, findings } = checkTone(message.text, { locale: message.locale });
    if (verdict === message.expected) continue;
    const why = findings
      .filter((finding) => finding.severity !== 'info')
      .map((finding) => `${finding.category}:"${message.text.slice(finding.start, finding.end)}"`)
      .join(' ');
    process.stderr.write(
      `${message.id}\t${message.expected} → ${verdict}\t${why}\t${message.text}\n`,
    );
  }
}
