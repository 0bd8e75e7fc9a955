/**
 * How the learned model's opinion changes the rules' signals:
 * - it adds a kind the rules missed when a sentence holding one of the kind's anchor cues
 *   (anchors.ts) scores at least the kind's `anchored` threshold, or any sentence or the whole
 *   message reaches its (higher) `add` threshold, quoting the sentence that scored highest and
 *   naming the features that pushed it (`explanation`);
 * - it marks self-harm wording the rules missed (on the vulnerability signal, added if need be);
 * - it drops a rule's signal when confident the kind is absent, but never one of the safety kinds:
 *   a missed cease, dispute, vulnerability, bankruptcy, breathing space or death costs more than a
 *   false one, so the model only ever adds to those.
 */
import { actionFor, signalKinds, signalRuleRefs, type SignalKind } from '../kinds';
import type { CueId } from '../cues';
import type { Signal } from '../types';
import { anchoredIn } from './anchors';
import { modelUnits, type ModelUnit } from './features';
import { modelHeads, type ModelHead, type SignalModel } from './model';
import type { RulesReading, SignalJudge } from './slot';

/** The kinds the model never removes a rule's signal of. */
export const safetySignalKinds: readonly SignalKind[] = [
  'cease',
  'dispute',
  'vulnerability',
  'bankruptcy',
  'breathing-space',
  'deceased',
];

/** How many features an added signal's explanation names. */
const explained = 5;

/** Per head, the highest score over the units and the sentence unit that scored highest. */
export interface HeadScore {
  score: number;
  /** Index into the reading's sentences, or undefined when no sentence has a word. */
  sentence?: number;
  /** The highest score of a sentence holding one of the kind's anchor cues (0 when none does). */
  anchored: number;
  /** That sentence. */
  anchoredSentence?: number;
}

/** Per weights array, the same weights laid out bucket by bucket: `[bucket * heads + head]`. */
const bucketMajorCache = new WeakMap<Float64Array, Float64Array>();

/**
 * `model.weights` bucket-major, so scoring every head reads one short run of memory per feature
 * instead of one row per head.
 */
function bucketMajor(model: SignalModel): Float64Array {
  const cached = bucketMajorCache.get(model.weights);
  if (cached !== undefined) return cached;
  const heads = modelHeads.length;
  const table = new Float64Array(model.buckets * heads);
  for (let head = 0; head < heads; head += 1) {
    const row = head * model.buckets;
    for (let bucket = 0; bucket < model.buckets; bucket += 1)
      table[bucket * heads + head] = model.weights[row + bucket] ?? 0;
  }
  bucketMajorCache.set(model.weights, table);
  return table;
}

const sigmoid = (sum: number): number => 1 / (1 + Math.exp(-sum));

/**
 * Every head's score for every unit: `scores[unit * heads + head]`. Each head's sum is the bias and
 * then the unit's weights in the unit's feature order, exactly as `scoreHead` adds them, so every
 * score is the same to the last bit. Four heads are summed at a time in local variables (the
 * engine keeps them in registers): about three times faster than one head, or an array, at a time.
 */
function scoreAllHeads(model: SignalModel, units: readonly ModelUnit[]): Float64Array {
  const heads = modelHeads.length;
  const table = bucketMajor(model);
  const bias = model.bias;
  const scores = new Float64Array(units.length * heads);
  units.forEach((unit, unitIndex) => {
    const features = unit.features;
    const bases = new Int32Array(features.length);
    for (let at = 0; at < features.length; at += 1) bases[at] = (features[at]?.bucket ?? 0) * heads;
    for (let head = 0; head < heads; head += 4) {
      let first = bias[head] ?? 0;
      let second = bias[head + 1] ?? 0;
      let third = bias[head + 2] ?? 0;
      let fourth = bias[head + 3] ?? 0;
      for (let at = 0; at < bases.length; at += 1) {
        const base = (bases[at] ?? 0) + head;
        first += table[base] ?? 0;
        second += table[base + 1] ?? 0;
        third += table[base + 2] ?? 0;
        fourth += table[base + 3] ?? 0;
      }
      // Past the last head (a head count not a multiple of four) the sums are never stored.
      const row = unitIndex * heads;
      const sums = [first, second, third, fourth];
      for (let offset = 0; offset < 4 && head + offset < heads; offset += 1)
        scores[row + head + offset] = sigmoid(sums[offset] ?? 0);
    }
  });
  return scores;
}

/**
 * Every head's score for the units of one message. `cuesOf(sentence)` gives a sentence's cues for
 * the anchors; self-harm has none (any sentence counts: a missed hint is harm).
 */
export function scoreUnits(
  model: SignalModel,
  units: readonly ModelUnit[],
  cuesOf: (sentence: number) => ReadonlySet<CueId> = () => new Set(),
): HeadScore[] {
  const heads = modelHeads.length;
  const scores = scoreAllHeads(model, units);
  return modelHeads.map((head, headIndex) => {
    let score = 0;
    let anchored = 0;
    let sentence: number | undefined;
    let anchoredSentence: number | undefined;
    let bestSentence = -1;
    units.forEach((unit, unitIndex) => {
      const unitScore = scores[unitIndex * heads + headIndex] ?? 0;
      if (unitScore > score) score = unitScore;
      if (unit.sentence === undefined) return;
      if (unitScore > bestSentence) {
        bestSentence = unitScore;
        sentence = unit.sentence;
      }
      if (unitScore <= anchored) return;
      if (head === 'self-harm' || anchoredIn(head, cuesOf(unit.sentence))) {
        anchored = unitScore;
        anchoredSentence = unit.sentence;
      }
    });
    const best: HeadScore = { score, anchored };
    if (sentence !== undefined) best.sentence = sentence;
    if (anchoredSentence !== undefined) best.anchoredSentence = anchoredSentence;
    return best;
  });
}

/** Whether the model adds `head`: an anchored sentence at `anchored`, or anything at `add`. */
export function modelAdds(
  best: HeadScore,
  threshold: { add: number; anchored?: number | undefined },
): boolean {
  return (
    best.score >= threshold.add ||
    (threshold.anchored !== undefined && best.anchored >= threshold.anchored)
  );
}

/** The labels of the features in `sentence` that pushed `head` most. */
function explanation(
  model: SignalModel,
  reading: RulesReading,
  head: number,
  sentence: number | undefined,
): string[] {
  const unit = modelUnits(reading, model.buckets, true, sentence).find(
    (entry) => entry.sentence === sentence,
  );
  const row = head * model.buckets;
  const pushes = new Map<string, number>();
  for (const feature of unit?.features ?? []) {
    const weight = model.weights[row + feature.bucket] ?? 0;
    if (feature.label !== undefined && weight > 0) pushes.set(feature.label, weight);
  }
  return [...pushes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, explained)
    .map(([label]) => label);
}

/** The signals after the model's opinion of `reading`: the rules' it keeps, then those it adds. */
export function judgeSignals(model: SignalModel, reading: RulesReading): Signal[] {
  const cues = reading.sentences.map(({ hits }) => new Set<CueId>(hits.map((hit) => hit.concept)));
  const scores = scoreUnits(
    model,
    modelUnits(reading, model.buckets),
    (sentence) => cues[sentence] ?? new Set(),
  );
  const scoreOf = (head: ModelHead): HeadScore =>
    scores[modelHeads.indexOf(head)] ?? { score: 0, anchored: 0 };
  const kept = reading.signals.filter(
    (signal) =>
      safetySignalKinds.includes(signal.kind) ||
      signal.selfHarm === true ||
      scoreOf(signal.kind).score >= model.thresholds[signal.kind].drop,
  );
  const signals = kept.map((signal) => ({ ...signal }));
  const added = (kind: SignalKind, best: HeadScore): Signal => {
    // Quote the anchored sentence when the anchor is what let the kind in.
    const byAnchor = best.score < model.thresholds[kind].add;
    const at = byAnchor ? best.anchoredSentence : best.sentence;
    const sentence = at === undefined ? undefined : reading.sentences[at]?.sentence;
    const start = sentence?.start ?? 0;
    const end = sentence?.end ?? reading.text.length;
    const signal: Signal = {
      kind,
      start,
      end,
      excerpt: reading.text.slice(start, end),
      confidence: Number((byAnchor ? best.anchored : best.score).toFixed(2)),
      ruleRef: signalRuleRefs[kind],
      action: actionFor(kind),
      frame: 'model',
      explanation: explanation(model, reading, modelHeads.indexOf(kind), at),
    };
    signals.push(signal);
    return signal;
  };
  for (const kind of signalKinds) {
    const best = scoreOf(kind);
    if (modelAdds(best, model.thresholds[kind]) && !signals.some((s) => s.kind === kind)) {
      added(kind, best);
    }
  }
  const selfHarm = scoreOf('self-harm');
  if (
    modelAdds(selfHarm, model.thresholds['self-harm']) &&
    !signals.some((signal) => signal.selfHarm === true)
  ) {
    const vulnerability =
      signals.find((signal) => signal.kind === 'vulnerability') ?? added('vulnerability', selfHarm);
    vulnerability.selfHarm = true;
    vulnerability.action = actionFor('vulnerability', true);
  }
  return signals;
}

/** The second opinion `readCustomerMessage` asks once the model is installed. */
export function signalJudgeFor(model: SignalModel): SignalJudge {
  return (reading) => judgeSignals(model, reading);
}
