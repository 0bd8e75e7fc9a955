/**
 * Averaged SGD with L2 for our linear models over hashed features (the tone model's classes, the
 * signals model's heads): one row of weights per class or head, `buckets` wide, plus a bias. Every
 * update is also added to a running sum times the step it was made at, so the averaged weights
 * (Polyak averaging), which generalise better than the last step's, come out at the end in one pass.
 */

/** The weights being trained, with their running sums for averaging. */
export interface AveragedLearner {
  weights: Float64Array;
  bias: number[] | Float64Array;
  /** Each weight update times the step it was made at. */
  sums: Float64Array;
  biasSums: number[] | Float64Array;
  /** The caller counts the steps: one an example. */
  step: number;
}

/**
 * One step on row `row` (a class or a head) for one bag of `features`, whose loss has `gradient`
 * there: the bias at a tenth of the rate, each feature's weight decayed by `l2` and moved against
 * the gradient, scaled down for long bags.
 */
export function stepRow(
  learner: AveragedLearner,
  row: number,
  buckets: number,
  features: readonly number[],
  step: { gradient: number; rate: number; l2: number },
): void {
  const { gradient, rate, l2 } = step;
  const norm = Math.sqrt(Math.max(1, features.length));
  const biasDelta = -rate * gradient * 0.1;
  learner.bias[row] = (learner.bias[row] ?? 0) + biasDelta;
  learner.biasSums[row] = (learner.biasSums[row] ?? 0) + learner.step * biasDelta;
  const start = row * buckets;
  for (const bucket of features) {
    const at = start + bucket;
    const weight = learner.weights[at] ?? 0;
    const delta = -weight * rate * l2 - (rate * gradient) / norm;
    learner.weights[at] = weight + delta;
    learner.sums[at] = (learner.sums[at] ?? 0) + learner.step * delta;
  }
}

/** The averaged weights and biases after the learner's last step. */
export function averagedWeights(learner: AveragedLearner): {
  weights: Float64Array;
  bias: number[];
} {
  const step = learner.step + 1;
  return {
    weights: learner.weights.map((weight, at) => weight - (learner.sums[at] ?? 0) / step),
    bias: Array.from(learner.bias, (value, index) => value - (learner.biasSums[index] ?? 0) / step),
  };
}
