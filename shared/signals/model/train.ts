/**
 * Trains the signals model (scripts/train-signals.ts runs it): one logistic regression per head by
 * averaged SGD with L2, seeded, so the same examples always give the same weights.
 *
 * Labels are per message, not per sentence. Training is multiple-instance, as the tone model's:
 * a message without the kind teaches that each of its sentences and the whole message lack it; a
 * message with it teaches its most likely sentence, plus the whole message at half weight.
 */
import { averagedWeights, stepRow, type AveragedLearner } from '../../learning/averaged-sgd';
import { modelHeads, type ModelHead, type SignalModel } from './model';

/** One message as the trainer sees it. */
export interface TrainingExample {
  /** Feature buckets per unit: its sentences, then the whole message last (features.ts). */
  units: ReadonlyArray<readonly number[]>;
  /** The heads the message is labelled with. */
  labels: ReadonlySet<ModelHead>;
}

export interface TrainingOptions {
  buckets: number;
  epochs: number;
  /** Seeds the order examples are read in. */
  seed: number;
}

/** A seeded linear congruential generator: the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2 ** 31;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A head's score for one bag of features. */
function logit(
  learner: AveragedLearner,
  head: number,
  buckets: number,
  units: readonly number[],
): number {
  let sum = learner.bias[head] ?? 0;
  const row = head * buckets;
  for (const bucket of units) sum += learner.weights[row + bucket] ?? 0;
  return sum;
}

/** One step for one head: the bag's loss towards `target` (0 or 1) at `rate`. */
function learn(
  learner: AveragedLearner,
  head: number,
  buckets: number,
  features: readonly number[],
  target: number,
  rate: number,
): void {
  const probability = 1 / (1 + Math.exp(-logit(learner, head, buckets, features)));
  stepRow(learner, head, buckets, features, { gradient: probability - target, rate, l2: 1e-5 });
}

/** Trains every head on `examples`; thresholds are left for the caller to choose (never act). */
export function trainSignalModel(
  examples: readonly TrainingExample[],
  { buckets, epochs, seed }: TrainingOptions,
): SignalModel {
  const random = seededRandom(seed);
  const size = modelHeads.length * buckets;
  const learner: AveragedLearner = {
    weights: new Float64Array(size),
    bias: new Float64Array(modelHeads.length),
    sums: new Float64Array(size),
    biasSums: new Float64Array(modelHeads.length),
    step: 0,
  };
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = 0.3 / (1 + epoch / 2);
    // Fisher–Yates with the seeded generator.
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
    }
    for (const index of order) {
      const example = examples[index];
      if (example === undefined) continue;
      const whole = example.units.at(-1) ?? [];
      const sentences = example.units.slice(0, -1);
      learner.step += 1;
      modelHeads.forEach((head, headIndex) => {
        if (!example.labels.has(head)) {
          for (const unit of example.units) learn(learner, headIndex, buckets, unit, 0, rate);
          return;
        }
        let suspect: readonly number[] | undefined;
        let best = -Infinity;
        for (const unit of sentences) {
          const score = logit(learner, headIndex, buckets, unit);
          if (score > best) [best, suspect] = [score, unit];
        }
        if (suspect !== undefined) learn(learner, headIndex, buckets, suspect, 1, rate);
        learn(learner, headIndex, buckets, whole, 1, rate / 2);
      });
    }
  }
  const never = { add: 2, drop: 0 };
  return {
    buckets,
    ...averagedWeights(learner),
    thresholds: Object.fromEntries(modelHeads.map((head) => [head, never])) as Record<
      ModelHead,
      { add: number; drop: number }
    >,
  };
}
