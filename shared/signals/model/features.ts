/**
 * What the signals model reads of one sentence: the tone model's hashed word stems, stem pairs and
 * character 4-grams (shared/tone/model/features.ts, the same hashing), plus the reader's cues in
 * the sentence ("k:stop") and in the whole message ("m:dispute-word"), and the kinds the rules
 * found in the message ("r:cease") and in this sentence ("s:cease"). The cues carry what the
 * lexicons know; the rules' kinds let the model learn where the rules are right and where not.
 */
import { draftFeatures, featuresOf, type Feature } from '../../tone/model/features';
import type { RulesReading } from './slot';

/** One unit the model scores: a sentence, or the whole message (`sentence` undefined). */
export interface ModelUnit {
  /** Index into the reading's sentences; undefined for the whole message. */
  sentence?: number;
  features: Feature[];
}

function contextNames(reading: RulesReading): string[] {
  const cues = new Set(reading.sentences.flatMap(({ hits }) => hits.map((hit) => hit.concept)));
  const kinds = new Set(reading.signals.map((signal) => signal.kind));
  const names = [...[...cues].map((cue) => `m:${cue}`), ...[...kinds].map((kind) => `r:${kind}`)];
  if (reading.signals.some((signal) => signal.selfHarm === true)) names.push('r:self-harm');
  names.push(`l:${reading.locale}`);
  return names;
}

/**
 * The units of a reading: each sentence with a word, then the whole message (every sentence's
 * features together). Labels (for the explanation) only when `labelled`. With `only`, just that
 * sentence's unit (the same features, the others never built): explaining one sentence.
 */
export function modelUnits(
  reading: RulesReading,
  buckets: number,
  labelled = false,
  only?: number,
): ModelUnit[] {
  const context = draftFeatures(contextNames(reading), buckets, labelled);
  const units: ModelUnit[] = [];
  const whole: Feature[] = [];
  reading.sentences.forEach(({ sentence, hits }, index) => {
    if (sentence.tokens.length === 0) return;
    if (only !== undefined && index !== only) return;
    const own = featuresOf(sentence, buckets, labelled);
    const inside = reading.signals.filter(
      (signal) => signal.start < sentence.end && sentence.start < signal.end,
    );
    const names = [
      ...new Set([
        ...hits.map((hit) => `k:${hit.concept}`),
        ...inside.map((signal) => `s:${signal.kind}`),
      ]),
    ];
    const local = [...own, ...draftFeatures(names, buckets, labelled)];
    whole.push(...local);
    units.push({ sentence: index, features: [...local, ...context] });
  });
  if (only === undefined) units.push({ features: [...whole, ...context] });
  return units;
}
