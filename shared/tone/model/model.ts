/**
 * A compact linear text classifier over hashed features: the tone check's learned second opinion.
 * Three classes (ok, review, block), softmax over one weight row per class. Trained by
 * `npm run train:tone` (scripts/train-tone.ts); the weights are committed as data.
 */
import type { Verdict } from '../types';
import type { BucketList, Feature } from './features';

export const modelClasses = ['ok', 'review', 'block'] as const satisfies readonly Verdict[];

/** The trained model as stored: int8 weights with one scale, so the file stays small. */
export interface ToneModelData {
  /** 3: sentences are read with their concepts and the draft's (features.ts). */
  version: 3;
  buckets: number;
  /** Multiply a stored weight by this to get the real one. */
  scale: number;
  /** Per class, in `modelClasses` order. */
  bias: readonly number[];
  /** `weights[class * buckets + bucket]`, int8. */
  weights: ArrayLike<number>;
  /**
   * Chosen on held-out folds: the probabilities above which the model raises a verdict to review
   * or block, and the probability of `ok` above which it clears the rules' findings in a sentence.
   */
  thresholds: {
    review: number;
    block: number;
    clear: number;
    /**
     * The probability of `ok` above which the model clears a block-level finding (a block asks
     * more certainty than a review). Absent: `clear` (a model trained before it existed).
     */
    clearBlock?: number;
    /**
     * The P(review) + P(block) above which the model raises a sentence the frames read as a
     * reassurance: a hedge such as "your boss wouldn't love a call about this" reads as a "not" to
     * the frames. Absent: never (a model trained before this threshold existed).
     */
    reassured?: number;
  };
}

/** Class probabilities for a bag of features. */
export function classify(model: ToneModelData, features: readonly Feature[]): number[] {
  const logits = modelClasses.map((_, index) => {
    let sum = model.bias[index] ?? 0;
    const row = index * model.buckets;
    for (const feature of features) sum += (model.weights[row + feature.bucket] ?? 0) * model.scale;
    return sum;
  });
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

/**
 * Each stored weight times the scale, decoded once per model into a typed array: the product is
 * the very one `classify` works out per feature, so the sums, and every verdict, are unchanged.
 */
const decoded = new WeakMap<ToneModelData, Float64Array>();

/** Decodes `model`'s weights; call when the model loads, so no check pays for it. */
export function prepareModel(model: ToneModelData): Float64Array {
  let scaled = decoded.get(model);
  if (scaled === undefined) {
    scaled = new Float64Array(model.buckets * modelClasses.length);
    for (let index = 0; index < scaled.length; index += 1) {
      scaled[index] = (model.weights[index] ?? 0) * model.scale;
    }
    decoded.set(model, scaled);
  }
  return scaled;
}

/** `classify` over the buckets in `list` (from `sentenceBuckets`), summed in the same order. */
export function classifyBuckets(model: ToneModelData, list: BucketList): number[] {
  const scaled = prepareModel(model);
  const { values, length } = list;
  const logits = modelClasses.map((_, index) => {
    let sum = model.bias[index] ?? 0;
    const row = index * model.buckets;
    for (let at = 0; at < length; at += 1) sum += scaled[row + (values[at] ?? 0)] ?? 0;
    return sum;
  });
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

/** How much each feature pushed towards `classIndex` against `ok`, largest first. */
export function contributions(
  model: ToneModelData,
  features: readonly Feature[],
  classIndex: number,
): Array<{ feature: Feature; weight: number }> {
  const row = classIndex * model.buckets;
  return features
    .map((feature) => ({
      feature,
      weight:
        ((model.weights[row + feature.bucket] ?? 0) - (model.weights[feature.bucket] ?? 0)) *
        model.scale,
    }))
    .sort((a, b) => b.weight - a.weight);
}
