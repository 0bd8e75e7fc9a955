/**
 * How the learned model's opinion changes the rules' signals:
 * - it adds a kind the rules missed when its score reaches the kind's `add` threshold, quoting the
 *   sentence that scored highest and naming the features that pushed it (`explanation`);
 * - it marks self-harm wording the rules missed (on the vulnerability signal, added if need be);
 * - it drops a rule's signal when confident the kind is absent, but never one of the safety kinds:
 *   a missed cease, dispute, vulnerability, bankruptcy, breathing space or death costs more than a
 *   false one, so the model only ever adds to those.
 */
import { actionFor, signalKinds, signalRuleRefs, type SignalKind } from '../kinds';
import type { Signal } from '../types';
import { modelUnits, type ModelUnit } from './features';
import { modelHeads, scoreHead, type ModelHead, type SignalModel } from './model';
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
}

/** Every head's score for the units of one message. */
export function scoreUnits(model: SignalModel, units: readonly ModelUnit[]): HeadScore[] {
  return modelHeads.map((_, head) => {
    let best: HeadScore = { score: 0 };
    let bestSentence = -1;
    for (const unit of units) {
      const score = scoreHead(
        model,
        head,
        unit.features.map((feature) => feature.bucket),
      );
      if (score > best.score) best = { ...best, score };
      if (unit.sentence !== undefined && score > bestSentence) {
        bestSentence = score;
        best = { ...best, sentence: unit.sentence };
      }
    }
    return best;
  });
}

/** The labels of the features in `sentence` that pushed `head` most. */
function explanation(
  model: SignalModel,
  reading: RulesReading,
  head: number,
  sentence: number | undefined,
): string[] {
  const unit = modelUnits(reading, model.buckets, true).find(
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
  const scores = scoreUnits(model, modelUnits(reading, model.buckets));
  const scoreOf = (head: ModelHead): HeadScore => scores[modelHeads.indexOf(head)] ?? { score: 0 };
  const kept = reading.signals.filter(
    (signal) =>
      safetySignalKinds.includes(signal.kind) ||
      signal.selfHarm === true ||
      scoreOf(signal.kind).score >= model.thresholds[signal.kind].drop,
  );
  const signals = kept.map((signal) => ({ ...signal }));
  const added = (kind: SignalKind, best: HeadScore): Signal => {
    const sentence =
      best.sentence === undefined ? undefined : reading.sentences[best.sentence]?.sentence;
    const start = sentence?.start ?? 0;
    const end = sentence?.end ?? reading.text.length;
    const signal: Signal = {
      kind,
      start,
      end,
      excerpt: reading.text.slice(start, end),
      confidence: Number(best.score.toFixed(2)),
      ruleRef: signalRuleRefs[kind],
      action: actionFor(kind),
      frame: 'model',
      explanation: explanation(model, reading, modelHeads.indexOf(kind), best.sentence),
    };
    signals.push(signal);
    return signal;
  };
  for (const kind of signalKinds) {
    const best = scoreOf(kind);
    if (best.score >= model.thresholds[kind].add && !signals.some((s) => s.kind === kind)) {
      added(kind, best);
    }
  }
  const selfHarm = scoreOf('self-harm');
  if (
    selfHarm.score >= model.thresholds['self-harm'].add &&
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
