// `npm run train:signals`: trains the customer signals' learned second opinion (one logistic
// regression per kind plus self-harm over hashed features, shared/signals/model) on the dev corpus
// and the round-1 batches (tests/fixtures/signals/dev.jsonl + batches/*.jsonl, all tuning data),
// reports cross-validated figures on held-out folds only, and writes the weights to
// shared/signals/model/weights.json (or --out FILE). Folds are by writer: s1..s5 each make one
// fold, so a held-out fold is wording from a writer the model never read; the dev corpus is spread
// over the folds. Never pass a batch you will report as blind. SIGNALS_BITS and SIGNALS_EPOCHS
// change the model's size and training length.
//
// Thresholds: per kind, the add and drop thresholds that maximise F1 on held-out scores (F2 for the
// safety kinds and self-harm, which may only be added, so a miss costs more than a false flag).
// The figures printed for a fold use thresholds chosen on the other folds' held-out scores only;
// the shipped thresholds are chosen on all of them.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { legalSignalKinds, signalKinds } from '../shared/signals';
import { modelUnits } from '../shared/signals/model/features';
import {
  encodeSignalModel,
  modelHeads,
  scoreHead,
  type ModelHead,
  type SignalModel,
} from '../shared/signals/model/model';
import { safetySignalKinds, signalJudgeFor } from '../shared/signals/model/opinion';
import { installSignalJudge, type RulesReading } from '../shared/signals/model/slot';
import {
  seededRandom,
  trainSignalModel,
  type TrainingExample,
} from '../shared/signals/model/train';
import {
  devCorpusFile,
  loadSignalCorpus,
  readLabelled,
  scoreCorpus,
  type CorpusScore,
  type LabelledCustomerMessage,
} from '../tests/fixtures/signals/corpus';

const buckets = 1 << Number(process.env.SIGNALS_BITS ?? 13);
const epochs = Number(process.env.SIGNALS_EPOCHS ?? 12);
const seed = 42;

const { values: options } = parseArgs({ options: { out: { type: 'string' } } });

const batchFolder = join(import.meta.dirname, '../tests/fixtures/signals/batches');
const files = [
  devCorpusFile,
  ...readdirSync(batchFolder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(batchFolder, name)),
];
const messages = files.flatMap((file) => loadSignalCorpus(file));

/** The rules' reading of each message, captured through the judge slot (the model sees the same). */
function rulesReading(message: LabelledCustomerMessage): RulesReading {
  let captured: RulesReading | undefined;
  installSignalJudge((reading) => {
    captured = reading;
    return [...reading.signals];
  });
  readLabelled(message);
  installSignalJudge(undefined);
  if (captured === undefined) throw new Error(`no reading for ${String(message.id)}`);
  return captured;
}

interface Example extends TrainingExample {
  message: LabelledCustomerMessage;
  reading: RulesReading;
}
const examples: Example[] = messages.map((message) => {
  const reading = rulesReading(message);
  const labels = new Set<ModelHead>(message.kinds);
  if (message.selfHarm === true) labels.add('self-harm');
  const units = modelUnits(reading, buckets).map((unit) => unit.features.map((f) => f.bucket));
  return { message, reading, units, labels };
});

// Folds: the writer's (s1..s5) for the batches; the dev corpus spread by a seeded shuffle.
const folds = 5;
const random = seededRandom(seed);
const writerOf = (id: string | number): string | undefined => /^(s\d+)-/.exec(String(id))?.[1];
const writers = [
  ...new Set(examples.flatMap((example) => writerOf(example.message.id) ?? [])),
].sort();
const foldOf = examples.map((example) => {
  const writer = writerOf(example.message.id);
  return writer === undefined ? Math.floor(random() * folds) : writers.indexOf(writer) % folds;
});

/** Held-out: per example, the model of the fold that never saw it and each head's best score. */
const heldOutModel: SignalModel[] = [];
const heldOutScores: number[][] = [];
for (let fold = 0; fold < folds; fold += 1) {
  const training = examples.filter((_, index) => foldOf[index] !== fold);
  const model = trainSignalModel(training, { buckets, epochs, seed });
  examples.forEach((example, index) => {
    if (foldOf[index] !== fold) return;
    heldOutModel[index] = model;
    heldOutScores[index] = modelHeads.map((_, head) =>
      Math.max(...example.units.map((unit) => scoreHead(model, head, unit))),
    );
  });
  console.log(
    `fold ${fold + 1}: trained on ${training.length}, held out ${examples.length - training.length}`,
  );
}

type Thresholds = SignalModel['thresholds'];
const addSteps = [
  0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
  2,
];
const dropSteps = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

/** Picks each head's thresholds on the held-out scores of the examples `use` admits. */
function chooseThresholds(use: (index: number) => boolean): Thresholds {
  const entries = modelHeads.map((head, headIndex) => {
    const safety = head === 'self-harm' || safetySignalKinds.includes(head);
    const beta = safety ? 2 : 1;
    let best = { add: 2, drop: 0, value: -1 };
    for (const drop of safety ? [0] : dropSteps) {
      for (const add of addSteps) {
        let correct = 0;
        let predicted = 0;
        let expected = 0;
        examples.forEach((example, index) => {
          if (!use(index)) return;
          const score = heldOutScores[index]?.[headIndex] ?? 0;
          const byRules =
            head === 'self-harm'
              ? example.reading.signals.some((signal) => signal.selfHarm === true)
              : example.reading.signals.some((signal) => signal.kind === head);
          const flagged = (byRules && (safety || score >= drop)) || score >= add;
          const wanted = example.labels.has(head);
          if (flagged) predicted += 1;
          if (wanted) expected += 1;
          if (flagged && wanted) correct += 1;
        });
        const precision = predicted === 0 ? 1 : correct / predicted;
        const recall = expected === 0 ? 1 : correct / expected;
        const value =
          precision + recall === 0
            ? 0
            : ((1 + beta ** 2) * precision * recall) / (beta ** 2 * precision + recall);
        // Ties go to the more cautious setting (higher add, lower drop): found first.
        if (value > best.value + 1e-9) best = { add, drop, value };
      }
    }
    return [head, { add: best.add, drop: best.drop }] as const;
  });
  return Object.fromEntries(entries) as Thresholds;
}

const foldThresholds = Array.from({ length: folds }, (_, fold) =>
  chooseThresholds((index) => foldOf[index] !== fold),
);

/** Held-out scores of the real `readCustomerMessage`, rules only or with each fold's model. */
function heldOutScore(locale: 'en' | 'es', withModel: boolean, batchesOnly: boolean): CorpusScore {
  const scoped = examples
    .map((example, index) => ({ example, index }))
    .filter(
      ({ example }) =>
        example.message.locale === locale &&
        (!batchesOnly || writerOf(example.message.id) !== undefined),
    );
  const byMessage = new Map(scoped.map(({ example, index }) => [example.message, index]));
  const score = scoreCorpus(
    scoped.map(({ example }) => example.message),
    (message) => {
      const index = byMessage.get(message) ?? 0;
      const model = heldOutModel[index];
      const fold = foldOf[index] ?? 0;
      installSignalJudge(
        withModel && model !== undefined
          ? signalJudgeFor({ ...model, thresholds: foldThresholds[fold] ?? model.thresholds })
          : undefined,
      );
      return readLabelled(message);
    },
  );
  installSignalJudge(undefined);
  return score;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`.padStart(4);
for (const [batchesOnly, locale] of [
  [false, 'en'],
  [false, 'es'],
  [true, 'en'],
  [true, 'es'],
] as const) {
  const rules = heldOutScore(locale, false, batchesOnly);
  const both = heldOutScore(locale, true, batchesOnly);
  console.log(
    `\nHeld-out folds only (tuning data, folds by writer; not blind), ${batchesOnly ? 'batches s1–s5' : 'dev + batches'}, ${locale}: ${rules.messages} messages, rules | rules + model`,
  );
  console.log('kind               labelled | recall  precision | recall  precision');
  const tally = {
    kinds: 0,
    recall: [0, 0],
    precision: [0, 0],
    recallGoals: [0, 0],
    precisionGoals: [0, 0],
  };
  const add = (list: number[], at: number, value: number): void => {
    list[at] = (list[at] ?? 0) + value;
  };
  for (const kind of signalKinds) {
    const pair = [rules.perKind.get(kind), both.perKind.get(kind)];
    const [one, two] = pair;
    if (one === undefined || two === undefined) continue;
    const goal = legalSignalKinds.includes(kind) ? 0.95 : 0.9;
    if (one.expected > 0) tally.kinds += 1;
    [one, two].forEach((score, at) => {
      if (one.expected > 0) add(tally.recall, at, score.recall);
      add(tally.precision, at, score.precision);
      add(tally.recallGoals, at, score.recall >= goal ? 1 : 0);
      add(tally.precisionGoals, at, score.precision >= 0.9 ? 1 : 0);
    });
    console.log(
      `${kind.padEnd(18)} ${String(one.expected).padStart(8)} |  ${percent(one.recall)}     ${percent(one.precision)}   |  ${percent(two.recall)}     ${percent(two.precision)}`,
    );
  }
  const kinds = signalKinds.length;
  const pairOf = (list: number[], of: number, show: (value: number) => string): string =>
    `${show((list[0] ?? 0) / of)} -> ${show((list[1] ?? 0) / of)}`;
  const count = (value: number): string => `${Math.round(value * kinds)}/${kinds}`;
  console.log(
    `mean recall ${pairOf(tally.recall, Math.max(1, tally.kinds), percent)}, mean precision ${pairOf(tally.precision, kinds, percent)}`,
  );
  console.log(
    `recall goals met ${pairOf(tally.recallGoals, kinds, count)}, precision goals met ${pairOf(tally.precisionGoals, kinds, count)}`,
  );
  console.log(
    `self-harm flagged ${rules.selfHarm.flagged}/${rules.selfHarm.expected} (${rules.selfHarm.falseFlags} false) -> ${both.selfHarm.flagged}/${both.selfHarm.expected} (${both.selfHarm.falseFlags} false)`,
  );
}

const thresholds = chooseThresholds(() => true);
const final = trainSignalModel(examples, { buckets, epochs, seed });
const stored = encodeSignalModel({ ...final, thresholds });
const text = `${JSON.stringify(stored)}\n`;
const out = options.out ?? join(import.meta.dirname, '../shared/signals/model/weights.json');
writeFileSync(out, text);
console.log(
  `\nthresholds: ${modelHeads.map((head) => `${head} +${thresholds[head].add}/-${thresholds[head].drop}`).join(', ')}`,
);
console.log(
  `wrote ${out} from ${examples.length} messages: ${Math.round(text.length / 1024)} KB, ${Math.round(gzipSync(text).length / 1024)} KB gzipped`,
);
