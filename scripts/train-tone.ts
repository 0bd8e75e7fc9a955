// `npm run train:tone -- [BATCH.jsonl...]`: trains the tone check's learned second opinion (a
// linear classifier over hashed features, shared/tone/model) on the training corpus plus the given
// batches, reports 5-fold cross-validated figures on held-out folds only, and writes the weights to
// shared/tone/model/weights.json. Never pass a batch you will report as blind.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { checkTone } from '../shared/tone';
import { featuresOf, type Feature } from '../shared/tone/model/features';
import { classify, modelClasses, type ToneModelData } from '../shared/tone/model/model';
import { installModel } from '../shared/tone/meaning/slot';
import { readSentences } from '../shared/tone/meaning/tokens';
import type { Verdict } from '../shared/tone/types';
import { loadToneCorpus } from '../tests/fixtures/tone/corpus';

const buckets = 1 << 14;
const epochs = 12;
const folds = 5;

const line = z.object({
  id: z.string(),
  locale: z.enum(['en', 'es']),
  text: z.string(),
  expected: z.enum(['ok', 'review', 'block']),
});
interface Example {
  id: string;
  locale: 'en' | 'es';
  text: string;
  expected: Verdict;
  /** Whole-draft features, then each sentence's. */
  draft: Feature[];
  sentences: Feature[][];
}

const { positionals } = parseArgs({ allowPositionals: true });
const messages: Array<{ id: string; locale: 'en' | 'es'; text: string; expected: Verdict }> = [
  ...loadToneCorpus().map((message) => ({
    id: message.id,
    locale: message.locale === 'es' ? ('es' as const) : ('en' as const),
    text: message.text,
    expected: message.expected,
  })),
  ...positionals.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((text) => text.trim() !== '')
      .map((text) => line.parse(JSON.parse(text))),
  ),
];

const examples: Example[] = messages.map((message) => {
  const sentences = readSentences(message.text, message.locale).map((sentence) =>
    featuresOf(sentence, buckets),
  );
  return { ...message, draft: sentences.flat(), sentences };
});

// A seeded shuffle, so folds and figures are the same on every run.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const order = examples.map((_, index) => index).sort(() => random() - 0.5);

/** Softmax regression by plain SGD with L2; returns float weights and biases. */
function train(training: readonly Example[]): { weights: Float64Array; bias: number[] } {
  const weights = new Float64Array(modelClasses.length * buckets);
  const bias = modelClasses.map(() => 0);
  const float: ToneModelData = {
    version: 1,
    buckets,
    scale: 1,
    bias,
    weights,
    thresholds: { review: 1, block: 1 },
  };
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = 0.2 / (1 + epoch);
    for (const index of [...training.keys()].sort(() => random() - 0.5)) {
      const example = training[index];
      if (example === undefined) continue;
      const probabilities = classify(float, example.draft);
      const target = modelClasses.indexOf(example.expected);
      probabilities.forEach((probability, classIndex) => {
        const gradient = probability - (classIndex === target ? 1 : 0);
        bias[classIndex] = (bias[classIndex] ?? 0) - rate * gradient;
        const row = classIndex * buckets;
        for (const feature of example.draft) {
          const at = row + feature.bucket;
          weights[at] =
            (weights[at] ?? 0) * (1 - rate * 1e-4) -
            (rate * gradient) / Math.sqrt(example.draft.length);
        }
      });
    }
  }
  return { weights, bias };
}

function asModel(
  trained: { weights: Float64Array; bias: number[] },
  thresholds: ToneModelData['thresholds'],
): ToneModelData {
  const largest = trained.weights.reduce((top, weight) => Math.max(top, Math.abs(weight)), 1e-9);
  const scale = largest / 127;
  return {
    version: 1,
    buckets,
    scale,
    bias: trained.bias.map((value) => Number(value.toFixed(4))),
    weights: Array.from(trained.weights, (weight) => Math.round(weight / scale)),
    thresholds,
  };
}

/** The model's highest block and flag (review or block) probabilities over a draft and its sentences. */
function peaks(model: ToneModelData, example: Example): { block: number; flag: number } {
  let block = 0;
  let flag = 0;
  for (const features of [example.draft, ...example.sentences]) {
    const [, review = 0, blockProbability = 0] = classify(model, features);
    block = Math.max(block, blockProbability);
    flag = Math.max(flag, review + blockProbability);
  }
  return { block, flag };
}

// Cross-validation: each example is scored once, by a model that never saw it.
const heldOut: Array<{ example: Example; block: number; flag: number }> = [];
for (let fold = 0; fold < folds; fold += 1) {
  const isTest = (position: number): boolean => position % folds === fold;
  const training = order
    .filter((_, position) => !isTest(position))
    .map((index) => examples[index]!);
  const model = asModel(train(training), { review: 1, block: 1 });
  for (const index of order.filter((_, position) => isTest(position))) {
    const example = examples[index];
    if (example !== undefined) heldOut.push({ example, ...peaks(model, example) });
  }
}

/** The smallest threshold that flags at most `share` of good messages on held-out folds. */
function thresholdFor(key: 'block' | 'flag', share: number): number {
  const good = heldOut
    .filter((entry) => entry.example.expected === 'ok')
    .map((entry) => entry[key]);
  good.sort((a, b) => b - a);
  const allowed = Math.floor(good.length * share);
  return Math.min(0.99, (good[allowed] ?? 0) + 1e-6);
}
const thresholds = { review: thresholdFor('flag', 0.02), block: thresholdFor('block', 0.01) };

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;
const rank: Record<Verdict, number> = { ok: 0, review: 1, block: 2 };
console.log(
  `thresholds: review ${thresholds.review.toFixed(3)}, block ${thresholds.block.toFixed(3)}`,
);
console.log(
  'held-out folds only | locale | good → ok | review flagged | block → block | block → ok',
);
for (const engine of ['model alone', 'rules + frames', 'rules + frames + model'] as const) {
  for (const locale of ['en', 'es'] as const) {
    const scoped = heldOut.filter((entry) => entry.example.locale === locale);
    const verdictOf = (entry: (typeof heldOut)[number]): Verdict => {
      const model: Verdict =
        entry.block >= thresholds.block
          ? 'block'
          : entry.flag >= thresholds.review
            ? 'review'
            : 'ok';
      if (engine === 'model alone') return model;
      const rules = checkTone(entry.example.text, { locale }).verdict;
      return engine === 'rules + frames' || rank[rules] >= rank[model] ? rules : model;
    };
    const counts = {
      good: 0,
      goodOk: 0,
      review: 0,
      reviewFlagged: 0,
      block: 0,
      blockBlock: 0,
      blockOk: 0,
    };
    for (const entry of scoped) {
      const verdict = verdictOf(entry);
      const expected = entry.example.expected;
      if (expected === 'ok')
        [counts.good, counts.goodOk] = [
          counts.good + 1,
          counts.goodOk + (verdict === 'ok' ? 1 : 0),
        ];
      if (expected === 'review')
        [counts.review, counts.reviewFlagged] = [
          counts.review + 1,
          counts.reviewFlagged + (verdict === 'ok' ? 0 : 1),
        ];
      if (expected === 'block') {
        counts.block += 1;
        if (verdict === 'block') counts.blockBlock += 1;
        if (verdict === 'ok') counts.blockOk += 1;
      }
    }
    console.log(
      `${engine} | ${locale} | ${percent(counts.goodOk, counts.good)} | ${percent(counts.reviewFlagged, counts.review)} | ${percent(counts.blockBlock, counts.block)} | ${counts.blockOk} of ${counts.block}`,
    );
  }
}

const final = asModel(train(order.flatMap((index) => examples[index] ?? [])), thresholds);
installModel(undefined);
writeFileSync(
  new URL('../shared/tone/model/weights.json', import.meta.url),
  `${JSON.stringify(final)}\n`,
);
console.log(`wrote shared/tone/model/weights.json from ${examples.length} messages`);
