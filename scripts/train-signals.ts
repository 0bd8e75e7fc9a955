// `npm run train:signals`: trains the customer signals' learned second opinion (one logistic
// regression per kind plus self-harm over hashed features, shared/signals/model) on all tuning
// data (tests/fixtures/signals/dev.jsonl + batches/*.jsonl), reports figures on held-out folds
// only, and writes the weights to shared/signals/model/weights.json (or --out FILE).
//
// Folds are by writer: each blind writer (s1, s2, …) is one fold, so a held-out fold is wording
// from a writer the model never read. The dev corpus, written with the lexicons, is in every
// fold's training data and never scored. Never pass a batch you will report as blind:
// `--hold-out s17,s18` leaves those writers' files out altogether.
// SIGNALS_BITS and SIGNALS_EPOCHS change the model's size and training length.
//
// Thresholds, per head, chosen on held-out scores: `anchored` (a sentence holding one of the kind's
// anchor cues, model/anchors.ts), `add` (anywhere) and, for the kinds the model may remove, `drop`.
// `--policy targets` (the default) picks the setting nearest issue 20's targets (precision 90%;
// recall 95% for the kinds the law acts on, 90% for the others), each counted up to its target;
// `precise` counts a point of precision short of 90% twice a point of recall short of its goal;
// `f1` is the earlier rule (no anchors; F1, F2 for the safety kinds). On the seven writers' folds,
// against f1 with the same rules, targets gave 2 points of mean recall for 2-3 of precision and
// precise 4-6 for 6.
// Self-harm maximises F3 (F2 under f1): a missed hint is harm, a false prompt costs little.
// `--policy targets,precise,f1` reports each and ships the first. The figures printed for a fold
// use thresholds chosen on the other folds only; the shipped thresholds are chosen on all of them.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { legalSignalKinds, signalKinds } from '../shared/signals';
import type { CueId } from '../shared/signals/cues';
import { modelUnits } from '../shared/signals/model/features';
import {
  encodeSignalModel,
  modelHeads,
  type ModelHead,
  type ModelThreshold,
  type SignalModel,
} from '../shared/signals/model/model';
import {
  safetySignalKinds,
  scoreUnits,
  signalJudgeFor,
  type HeadScore,
} from '../shared/signals/model/opinion';
import { installSignalJudge, type RulesReading } from '../shared/signals/model/slot';
import { trainSignalModel, type TrainingExample } from '../shared/signals/model/train';
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

const { values: options } = parseArgs({
  options: {
    out: { type: 'string' },
    policy: { type: 'string', default: 'targets' },
    // Writers kept out of training entirely (a round to be reported as a held-out check): `s17,s18`.
    'hold-out': { type: 'string', default: '' },
    // Only these writers' folds are trained, scored and used to choose thresholds (all when
    // empty; every writer's messages still train the shipped model): `s12,s13,s14,s15,s16` is
    // faster and compares with a model trained before those writers were added.
    folds: { type: 'string', default: '' },
  },
});
const policyNames = ['targets', 'precise', 'f1'] as const;
type Policy = (typeof policyNames)[number];
const isPolicy = (name: string): name is Policy => policyNames.some((known) => known === name);
/** The policies to report, the first of them shipped. */
const policies = options.policy.split(',').filter(isPolicy);
if (policies.length === 0 || policies.length !== options.policy.split(',').length) {
  process.stderr.write(
    `train:signals: --policy takes ${policyNames.join(', ')} (comma-separated), not ${options.policy}\n`,
  );
  process.exit(2);
}

const writerList = (list: string): Set<string> =>
  new Set(
    list
      .split(',')
      .map((writer) => writer.trim())
      .filter((writer) => writer !== ''),
  );
const heldOutWriters = writerList(options['hold-out']);
const foldWriters = writerList(options.folds);
const batchFolder = join(import.meta.dirname, '../tests/fixtures/signals/batches');
const files = [
  devCorpusFile,
  ...readdirSync(batchFolder)
    .filter((name) => name.endsWith('.jsonl'))
    .filter((name) => !heldOutWriters.has(/^(s\d+)-/.exec(name)?.[1] ?? ''))
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
  /** The blind writer (s1, s2, …); undefined for the dev corpus. */
  writer?: string;
}
const writerOf = (id: string | number): string | undefined => /^(s\d+)-/.exec(String(id))?.[1];
const examples: Example[] = messages.map((message) => {
  const reading = rulesReading(message);
  const labels = new Set<ModelHead>(message.kinds);
  if (message.selfHarm === true) labels.add('self-harm');
  const units = modelUnits(reading, buckets).map((unit) => unit.features.map((f) => f.bucket));
  const writer = writerOf(message.id);
  return { message, reading, units, labels, ...(writer === undefined ? {} : { writer }) };
});
const writers = [...new Set(examples.flatMap((example) => example.writer ?? []))]
  .filter((writer) => foldWriters.size === 0 || foldWriters.has(writer))
  .sort();
const scored = examples.filter((example) => writers.includes(example.writer ?? ''));

const cuesOf = (reading: RulesReading) => {
  const cues = reading.sentences.map(({ hits }) => new Set<CueId>(hits.map((hit) => hit.concept)));
  return (sentence: number): ReadonlySet<CueId> => cues[sentence] ?? new Set();
};

/** Held-out: per scored example, the model of the fold that never saw its writer, and its scores. */
const heldOutModel = new Map<Example, SignalModel>();
const heldOutScores = new Map<Example, HeadScore[]>();
for (const writer of writers) {
  const training = examples.filter((example) => example.writer !== writer);
  const model = trainSignalModel(training, { buckets, epochs, seed });
  for (const example of scored) {
    if (example.writer !== writer) continue;
    heldOutModel.set(example, model);
    heldOutScores.set(
      example,
      scoreUnits(model, modelUnits(example.reading, buckets), cuesOf(example.reading)),
    );
  }
  console.log(
    `fold ${writer}: trained on ${training.length}, held out ${examples.length - training.length}`,
  );
}

type Thresholds = Record<ModelHead, ModelThreshold>;
const addSteps = [
  0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
  0.98, 2,
];
const dropSteps = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

const fBeta = (precision: number, recall: number, beta: number): number =>
  precision + recall === 0
    ? 0
    : ((1 + beta ** 2) * precision * recall) / (beta ** 2 * precision + recall);

/** How good a setting is under `policy`. */
function worth(policy: Policy, head: ModelHead, precision: number, recall: number): number {
  const safety = head === 'self-harm' || safetySignalKinds.includes(head);
  if (head === 'self-harm') return fBeta(precision, recall, policy === 'f1' ? 2 : 3);
  if (policy === 'f1') return fBeta(precision, recall, safety ? 2 : 1);
  const recallGoal = legalSignalKinds.includes(head) ? 0.95 : 0.9;
  // `precise` counts a point of precision short of 90% twice a point of recall short of its goal.
  const precisionWeight = policy === 'precise' ? 2 : 1;
  return (
    precisionWeight * Math.min(1, precision / 0.9) +
    Math.min(1, recall / recallGoal) +
    (precision + recall) / 100
  );
}

/** Picks each head's thresholds on the held-out scores of the scored examples `use` admits. */
function chooseThresholds(policy: Policy, use: (example: Example) => boolean): Thresholds {
  const chosen = scored.filter(use);
  const entries = modelHeads.map((head, headIndex) => {
    const mayDrop = head !== 'self-harm' && !safetySignalKinds.includes(head);
    const rows = chosen.map((example) => {
      const best = heldOutScores.get(example)?.[headIndex] ?? { score: 0, anchored: 0 };
      const byRules =
        head === 'self-harm'
          ? example.reading.signals.some((signal) => signal.selfHarm === true)
          : example.reading.signals.some((signal) => signal.kind === head);
      return { best, byRules, wanted: example.labels.has(head) };
    });
    const anchoredSteps = policy === 'f1' || head === 'self-harm' ? [undefined] : addSteps;
    let best: { threshold: ModelThreshold; value: number } = {
      threshold: { add: 2, drop: 0 },
      value: -1,
    };
    for (const drop of mayDrop ? dropSteps : [0]) {
      for (const anchored of anchoredSteps) {
        for (const add of addSteps) {
          if (anchored !== undefined && add < anchored) continue;
          let correct = 0;
          let predicted = 0;
          let expected = 0;
          for (const { best: score, byRules, wanted } of rows) {
            const flagged =
              (byRules && score.score >= drop) ||
              score.score >= add ||
              (anchored !== undefined && score.anchored >= anchored);
            if (flagged) predicted += 1;
            if (wanted) expected += 1;
            if (flagged && wanted) correct += 1;
          }
          const precision = predicted === 0 ? 1 : correct / predicted;
          const recall = expected === 0 ? 1 : correct / expected;
          const value = worth(policy, head, precision, recall);
          // Ties go to the more cautious setting (higher thresholds, lower drop): found first.
          if (value > best.value + 1e-9) {
            best = {
              threshold: { add, drop, ...(anchored === undefined ? {} : { anchored }) },
              value,
            };
          }
        }
      }
    }
    return [head, best.threshold] as const;
  });
  return Object.fromEntries(entries) as Thresholds;
}

/** Held-out scores of the real `readCustomerMessage`, rules only or with each fold's model. */
function heldOutScore(
  locale: 'en' | 'es',
  foldThresholds: ReadonlyMap<string, Thresholds> | undefined,
): CorpusScore {
  const withModel = foldThresholds !== undefined;
  const local = scored.filter(
    (example) => example.message.locale === locale && writers.includes(example.writer ?? ''),
  );
  const byMessage = new Map(local.map((example) => [example.message, example]));
  const score = scoreCorpus(
    local.map((example) => example.message),
    (message) => {
      const example = byMessage.get(message);
      const model = example === undefined ? undefined : heldOutModel.get(example);
      const thresholds = foldThresholds?.get(example?.writer ?? '');
      installSignalJudge(
        withModel && model !== undefined && thresholds !== undefined
          ? signalJudgeFor({ ...model, thresholds })
          : undefined,
      );
      return readLabelled(message);
    },
  );
  installSignalJudge(undefined);
  return score;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`.padStart(4);
for (const policy of policies) {
  const foldThresholds = new Map(
    writers.map((writer) => [
      writer,
      chooseThresholds(policy, (example) => example.writer !== writer),
    ]),
  );
  for (const locale of ['en', 'es'] as const) {
    const rules = heldOutScore(locale, undefined);
    const both = heldOutScore(locale, foldThresholds);
    console.log(
      `\nHeld-out folds by writer (${writers.join(', ')}; tuning data, not blind), ${locale}: ${rules.messages} messages, rules | rules + model (policy ${policy})`,
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
      const one = rules.perKind.get(kind);
      const two = both.perKind.get(kind);
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
}

const thresholds = chooseThresholds(policies[0] ?? 'targets', () => true);
const final = trainSignalModel(examples, { buckets, epochs, seed });
const stored = encodeSignalModel({ ...final, thresholds });
const text = `${JSON.stringify(stored)}\n`;
const out = options.out ?? join(import.meta.dirname, '../shared/signals/model/weights.json');
writeFileSync(out, text);
const shown = (head: ModelHead): string => {
  const { add, drop, anchored } = thresholds[head];
  return `${head} ${anchored === undefined ? '' : `~${anchored}`}+${add}/-${drop}`;
};
console.log(`\nthresholds (~anchored +anywhere -drop): ${modelHeads.map(shown).join(', ')}`);
console.log(
  `wrote ${out} from ${examples.length} messages: ${Math.round(text.length / 1024)} KB, ${Math.round(gzipSync(text).length / 1024)} KB gzipped`,
);
