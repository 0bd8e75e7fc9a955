// `npm run train:tone -- [BATCH.jsonl...]`: trains the tone check's learned second opinion (a
// linear classifier over hashed features, shared/tone/model) on the training corpus plus the given
// batches, reports 5-fold cross-validated figures on held-out folds only, and writes the weights to
// shared/tone/model/weights.json (or --out FILE). Never pass a batch you will report as blind,
// nor tests/fixtures/tone/final/ (the final test, never used to tune). TONE_DUMP=FILE writes the
// held-out opinions for studying thresholds; TONE_BITS and TONE_EPOCHS change the model's size
// and training length, TONE_L2 its weight decay; TONE_AVERAGE=0 keeps the last step's weights
// instead of the average.
//
// The model reads a sentence together with the findings the rules and frames made in it, so it can
// learn when a rule is right in context (it may clear a finding) and when the rules miss (it may
// raise). Labels are per message, not per sentence: a block-worthy email is usually polite but for
// one sentence. Training is multiple-instance: a good message teaches that every sentence is
// good; a flagged one teaches its most suspect sentence, plus the whole draft at half weight.
// Each sentence is read with the concepts the reader found in it and in the whole draft
// (shared/tone/model/features.ts), so what the lexicons know reaches wording no writer used.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { checkTone } from '../shared/tone';
import { ruleSets } from '../shared/tone/rules';
import { money } from '../shared/money/money';
import { outreachTemplates } from '../shared/templates/library';
import { renderTemplate } from '../shared/templates/render';
import { readMeaning } from '../shared/tone/meaning/read';
import { installModel, meaningFor, toneModel } from '../shared/tone/meaning/slot';
import { averagedWeights, stepRow, type AveragedLearner } from '../shared/learning/averaged-sgd';
import { classify, modelClasses, type ToneModelData } from '../shared/tone/model/model';
import {
  judgedSentences,
  sentenceFeatures,
  type JudgedFinding,
} from '../shared/tone/model/opinion';
import type { Verdict } from '../shared/tone/types';
import { labelledBatchLine, loadToneCorpus } from '../tests/fixtures/tone/corpus';

const buckets = 1 << Number(process.env.TONE_BITS ?? 14);
const epochs = Number(process.env.TONE_EPOCHS ?? 15);
const folds = 5;
// L2 decay per step. 1e-4 looked better on the held-out folds of w1–w27 and worse on w1–w30: the
// difference was noise, so the decay stays where it was.
const l2 = Number(process.env.TONE_L2 ?? 1e-5);

const line = labelledBatchLine;
type Message = z.infer<typeof line>;
interface Example {
  message: Message;
  /** Each judged sentence's features; the whole draft when no sentence is long enough. */
  sentences: number[][];
}

const { positionals, values: options } = parseArgs({
  allowPositionals: true,
  // --out: where to write the weights (experiments write elsewhere than the shipped file).
  options: { out: { type: 'string' } },
});

/** A JSON Lines file of labelled messages (a blind batch, the our-side sentences), parsed. */
function readLabelledLines(file: string | URL): Message[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => line.parse(JSON.parse(text)));
}

/**
 * Every rewrite the tone check offers is, by definition, fine to send: the model learns them as
 * good messages so that it never flags the product's own suggestion after an agent applies it
 * (shared/tone/model/opinion.test.ts checks it).
 */
const suggestions: Message[] = (['en', 'es'] as const).flatMap((locale) => {
  const fromRules = ruleSets[locale].rules.map((rule) => [rule.id, rule.suggestion] as const);
  const fromFrames = Object.entries(meaningFor(locale)?.text ?? {}).map(
    ([frame, text]) => [`${locale}.frame.${frame}`, text.suggestion] as const,
  );
  return [...fromRules, ...fromFrames].flatMap(([id, text]) =>
    text === undefined || text.split(/\s+/).length < 4
      ? []
      : [{ id: `suggestion:${id}`, locale, text, expected: 'ok' as const }],
  );
});

/** The outreach templates we ship are good messages too, whoever the customer is. */
const templates: Message[] = outreachTemplates.flatMap((template) => {
  const locale = template.locale === 'es' ? ('es' as const) : ('en' as const);
  const rendered = renderTemplate(
    template,
    {
      customerName: locale === 'es' ? 'Marta Ruiz' : 'Sam Carter',
      amount: money(23_450, locale === 'es' ? 'EUR' : 'USD'),
      dueDate: '2027-03-10',
      paymentLink: 'https://pay.example.com/i/4411',
      agentName: locale === 'es' ? 'Lucía' : 'Dana',
      companyName: locale === 'es' ? 'Aguas del Sur' : 'Riverside Energy',
    },
    locale === 'es' ? 'es-ES' : 'en-US',
  );
  return rendered.ok
    ? [{ id: `template:${template.id}`, locale, text: rendered.value, expected: 'ok' as const }]
    : [];
});

/**
 * Agents telling the customer what our own people did for them ("My supervisor reviewed your case
 * and approved the reduction", "Our legal department has closed the file") are good messages that
 * blind writers rarely write, so a model trained on their batches alone read "supervisor" or
 * "legal department" as the threat they usually come with. Hand-written, so they are training
 * data only: blind rounds, not these, measure the model. TONE_OUR_SIDE repeats them.
 */
const ourSideRepeats = Number(process.env['TONE_OUR_SIDE'] ?? 1);
const ourSide = readLabelledLines(
  new URL('../tests/fixtures/tone/our-side/sentences.jsonl', import.meta.url),
);

// The rewrites are few against thousands of corpus messages; each is repeated so the model learns
// them as firmly as the checks demand (opinion.test.ts: it never flags one). TONE_SUGGESTIONS sets it.
const suggestionRepeats = Number(process.env['TONE_SUGGESTIONS'] ?? 4);
const messages: Message[] = [
  ...Array.from({ length: suggestionRepeats }, (_, round) =>
    suggestions.map((message) => ({ ...message, id: `${message.id}#${round}` })),
  ).flat(),
  ...templates,
  ...Array.from({ length: ourSideRepeats }, (_, round) =>
    ourSide.map((message) => ({ ...message, id: `${message.id}#${round}` })),
  ).flat(),
  ...loadToneCorpus().map((message) => ({
    id: message.id,
    locale: message.locale === 'es' ? ('es' as const) : ('en' as const),
    text: message.text,
    expected: message.expected,
  })),
  ...positionals.flatMap(readLabelledLines),
];

// The rules' and frames' findings, as the model will see them in `checkTone`: without its own.
const shipped = toneModel();
installModel(undefined);
const examples: Example[] = messages.map((message) => {
  const meaning = meaningFor(message.locale);
  if (meaning === undefined) throw new Error(`no meaning data for ${message.locale}`);
  const findings: JudgedFinding[] = checkTone(message.text, { locale: message.locale }).findings;
  const judged = judgedSentences(readMeaning(message.text, meaning)).map((entry) =>
    sentenceFeatures(entry, findings, buckets).map((feature) => feature.bucket),
  );
  return { message, sentences: judged.length > 0 ? judged : [[]] };
});
installModel(shipped);

// A seeded shuffle, so folds and figures are the same on every run.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const order = examples.map((_, index) => index).sort(() => random() - 0.5);

/** The model being trained: softmax regression's weights, a row per class, biases as the model's. */
type Trained = AveragedLearner & { bias: number[]; biasSums: number[] };

function probabilities(trained: Trained, features: readonly number[]): number[] {
  return classify(
    {
      version: 3,
      buckets,
      scale: 1,
      bias: trained.bias,
      weights: trained.weights,
      thresholds: { review: 1, block: 1, clear: 1 },
    },
    features.map((bucket) => ({ bucket })),
  );
}

/**
 * One step of softmax regression by SGD with L2, on one bag of features. The running sums in
 * `trained.sums` give the averaged weights (Polyak averaging), which generalise better than the
 * last step's: the step counter `trained.step` weighs each update by when it happened.
 */
function learn(trained: Trained, features: readonly number[], target: number, rate: number): void {
  trained.step += 1;
  probabilities(trained, features).forEach((probability, classIndex) => {
    const gradient = probability - (classIndex === target ? 1 : 0);
    stepRow(trained, classIndex, buckets, features, { gradient, rate, l2 });
  });
}

function train(training: readonly Example[]): Trained {
  const trained: Trained = {
    weights: new Float64Array(modelClasses.length * buckets),
    bias: modelClasses.map(() => 0),
    sums: new Float64Array(modelClasses.length * buckets),
    biasSums: modelClasses.map(() => 0),
    step: 0,
  };
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = 0.3 / (1 + epoch / 2);
    for (const index of [...training.keys()].sort(() => random() - 0.5)) {
      const example = training[index];
      if (example === undefined) continue;
      const target = modelClasses.indexOf(example.message.expected);
      if (target === 0) {
        for (const sentence of example.sentences) learn(trained, sentence, 0, rate);
        continue;
      }
      // The sentence that looks most like the label carries it.
      const suspicion = (sentence: readonly number[]): number => {
        const [, review = 0, block = 0] = probabilities(trained, sentence);
        return target === 2 ? block : review + block;
      };
      const suspect = example.sentences.reduce((best, sentence) =>
        suspicion(sentence) > suspicion(best) ? sentence : best,
      );
      learn(trained, suspect, target, rate);
      learn(trained, example.sentences.flat(), target, rate / 2);
    }
  }
  if (process.env.TONE_AVERAGE === '0') return trained;
  return { ...trained, ...averagedWeights(trained) };
}

function asModel(trained: Trained, thresholds: ToneModelData['thresholds']): ToneModelData {
  const largest = trained.weights.reduce((top, weight) => Math.max(top, Math.abs(weight)), 1e-9);
  const scale = largest / 127;
  return {
    version: 3,
    buckets,
    scale,
    bias: trained.bias.map((value) => Number(value.toFixed(4))),
    weights: Array.from(trained.weights, (weight) => Math.round(weight / scale)),
    thresholds,
  };
}

// Cross-validation: each example is scored once, by a model that never saw it. Folds are by writer
// ("w7-b1-001" was written by w7), so a held-out fold is wording from writers the model never read,
// as in the blind batches; the training corpus is spread over the folds.
const writerOf = (id: string): string | undefined => /^(w\d+)-b\d+-/.exec(id)?.[1];
const writers = [...new Set(examples.flatMap((example) => writerOf(example.message.id) ?? []))];
const foldOf = (position: number): number => {
  const writer = writerOf(examples[order[position] ?? 0]?.message.id ?? '');
  return writer === undefined ? position % folds : writers.indexOf(writer) % folds;
};
const heldOut: Array<{ message: Message; model: ToneModelData }> = [];
for (let fold = 0; fold < folds; fold += 1) {
  const isTest = (position: number): boolean => foldOf(position) === fold;
  const training = order
    .filter((_, position) => !isTest(position))
    .map((index) => examples[index]!);
  const model = asModel(train(training), { review: 1, block: 1, clear: 1 });
  for (const index of order.filter((_, position) => isTest(position))) {
    const example = examples[index];
    if (example !== undefined) heldOut.push({ message: example.message, model });
  }
}

const rank: Record<Verdict, number> = { ok: 0, review: 1, block: 2 };
/** Held-out verdicts with these thresholds, through the real `checkTone`. */
function verdicts(thresholds: ToneModelData['thresholds']): Verdict[] {
  const verdictsOut = heldOut.map(({ message, model }) => {
    installModel({ ...model, thresholds });
    return checkTone(message.text, { locale: message.locale }).verdict;
  });
  installModel(shipped);
  return verdictsOut;
}
const rulesOnly = verdicts({ review: 2, block: 2, clear: 2 });

/**
 * Thresholds, chosen on held-out folds only:
 * - clear: the lowest at which clearing turns at most 1% of block-worthy messages to `ok`;
 * - review and block: the lowest at which the model raises at most 5% (review) and 2% (block) of
 *   good messages.
 */
function share(
  verdictsIn: readonly Verdict[],
  test: (expected: Verdict, verdict: Verdict, index: number) => boolean,
  of: Verdict,
): number {
  const scoped = heldOut
    .map((entry, index) => ({ expected: entry.message.expected, index }))
    .filter((entry) => entry.expected === of);
  return (
    scoped.filter((entry) => test(entry.expected, verdictsIn[entry.index] ?? 'ok', entry.index))
      .length / Math.max(1, scoped.length)
  );
}
const steps = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 1.01];
const clear =
  steps.find((candidate) => {
    const cleared = verdicts({ review: 2, block: 2, clear: candidate });
    return (
      share(
        cleared,
        (_, verdict, index) => verdict === 'ok' && rulesOnly[index] !== 'ok',
        'block',
      ) <= 0.01
    );
  }) ?? 1.01;
const afterClear = verdicts({ review: 2, block: 2, clear });
const raisesGood = (thresholds: ToneModelData['thresholds'], level: Verdict): number =>
  share(
    verdicts(thresholds),
    (_, verdict, index) =>
      rank[verdict] >= rank[level] && rank[afterClear[index] ?? 'ok'] < rank[level],
    'ok',
  );
const review =
  steps.find((candidate) => raisesGood({ review: candidate, block: 2, clear }, 'review') <= 0.05) ??
  1.01;
const block =
  steps.find((candidate) => raisesGood({ review, block: candidate, clear }, 'block') <= 0.02) ??
  1.01;
// reassured: the lowest at which raising sentences the frames read as reassurances turns at most
// 0.1% more good messages from `ok` (it catches hedged menace: "your boss wouldn't love a call").
// Looser budgets (0.5%, 0.2%) took good messages for little more caught on the held-out folds.
const beforeReassured = verdicts({ review, block, clear });
const reassured =
  steps.find(
    (candidate) =>
      candidate >= review &&
      share(
        verdicts({ review, block, clear, reassured: candidate }),
        (_, verdict, index) => verdict !== 'ok' && beforeReassured[index] === 'ok',
        'ok',
      ) <= 0.001,
  ) ?? 1.01;
// Floors the folds do not choose: a block is cleared only at 0.9 (the model may lower a block the
// word rules got wrong in context, "we will not call your employer", but not a threat an apology
// softens, "sorry you're off sick, so I'll call your manager"), and a review is raised at 0.7 at
// the least (at 0.6 a customer's own wish, "you don't want calls after 6pm", read as pressure).
// opinion.test.ts, read.test.ts and scope.test.ts hold the sentences.
const thresholds = {
  review: Math.max(review, 0.7),
  block,
  clear,
  clearBlock: Math.max(clear, 0.9),
  reassured: Math.max(reassured, 0.7),
};
if (process.env.TONE_DUMP !== undefined) {
  // For studying the trade-off between the figures: per held-out message, its verdict after the
  // model cleared what it could, and the model's strongest opinion over the sentences it judges
  // (P(review) + P(block), and P(block)). Thresholds can then be tried without retraining.
  // Cleared as shipped: a rule's block is cleared only at clearBlock.
  const clearedAsShipped = verdicts({
    review: 2,
    block: 2,
    clear,
    clearBlock: thresholds.clearBlock,
  });
  const rows = heldOut.map(({ message, model }, index) => {
    const sentences = examples.find((entry) => entry.message === message)?.sentences ?? [];
    const opinions = sentences.map((sentence) =>
      classify(
        model,
        sentence.map((bucket) => ({ bucket })),
      ),
    );
    return {
      id: message.id,
      locale: message.locale,
      expected: message.expected,
      rules: rulesOnly[index],
      cleared: clearedAsShipped[index],
      raise: Math.max(0, ...opinions.map(([, review = 0, block = 0]) => review + block)),
      block: Math.max(0, ...opinions.map(([, , block = 0]) => block)),
    };
  });
  writeFileSync(process.env.TONE_DUMP, rows.map((row) => JSON.stringify(row)).join('\n'));
}
console.log(`thresholds: ${JSON.stringify(thresholds)}`);

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;
console.log(
  'held-out folds only | locale | good → ok | review flagged | block → block | block → ok',
);
const engines = { 'rules + frames': rulesOnly, 'rules + frames + model': verdicts(thresholds) };
for (const [engine, verdictsOf] of Object.entries(engines)) {
  for (const locale of ['en', 'es'] as const) {
    const scoped = heldOut
      .map((entry, index) => ({
        expected: entry.message.expected,
        locale: entry.message.locale,
        verdict: verdictsOf[index] ?? 'ok',
      }))
      .filter((entry) => entry.locale === locale);
    const of = (expected: Verdict): typeof scoped =>
      scoped.filter((entry) => entry.expected === expected);
    const count = (expected: Verdict, verdict: (v: Verdict) => boolean): number =>
      of(expected).filter((entry) => verdict(entry.verdict)).length;
    console.log(
      `${engine} | ${locale} | ${percent(
        count('ok', (v) => v === 'ok'),
        of('ok').length,
      )} | ${percent(
        count('review', (v) => v !== 'ok'),
        of('review').length,
      )} | ${percent(
        count('block', (v) => v === 'block'),
        of('block').length,
      )} | ${count('block', (v) => v === 'ok')} of ${of('block').length}`,
    );
  }
}

const final = asModel(train(order.flatMap((index) => examples[index] ?? [])), thresholds);
const out = options.out ?? new URL('../shared/tone/model/weights.json', import.meta.url).pathname;
writeFileSync(out, `${JSON.stringify(final)}\n`);
console.log(`wrote ${out} from ${examples.length} messages`);
