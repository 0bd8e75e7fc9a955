/**
 * The learned second opinion: scores the whole draft and each sentence with the model, and raises
 * the verdict when the model is confident. It never lowers one: it only adds a finding where the
 * rules and frames found less. Its span is the words that pushed it most.
 */
import type { MeaningLocale, Reading } from '../meaning/read';
import type { ToneCategory, Verdict } from '../types';
import { featuresOf } from './features';
import { classify, contributions, type ToneModelData } from './model';

/** A finding from the model, against the scanned text. */
export interface ModelFinding {
  category: ToneCategory;
  severity: 'review' | 'block';
  start: number;
  end: number;
  reason: string;
  ruleId: string;
  /** The features that pushed the model most, for `--explain`. */
  explanation: { model: string; features: string[] };
}

/** The fewest words a sentence needs before the model's opinion of it counts. */
const minimumWords = 4;

const rank: Record<Verdict, number> = { ok: 0, review: 1, block: 2 };

/** The model's finding for `scan`, when it would raise `verdict`; otherwise undefined. */
export function modelOpinion(
  reading: Reading,
  meaning: MeaningLocale,
  model: ToneModelData,
  verdict: Verdict,
): ModelFinding | undefined {
  if (verdict === 'block') return undefined;
  let best: { level: 'review' | 'block'; margin: number; index: number } | undefined;
  const sentences = reading.sentences.map((entry) => entry.sentence);
  sentences.forEach((sentence, index) => {
    // Too few words to judge: the bias, not the words, would decide ("Dear Mr", "Kind regards").
    if (reading.reassuring.has(sentence.start) || sentence.tokens.length < minimumWords) return;
    const [, review = 0, block = 0] = classify(model, featuresOf(sentence, model.buckets));
    const level =
      block >= model.thresholds.block
        ? 'block'
        : review + block >= model.thresholds.review
          ? 'review'
          : undefined;
    if (level === undefined || rank[level] <= rank[verdict]) return;
    const margin = level === 'block' ? block : review + block;
    if (best === undefined || rank[level] > rank[best.level] || margin > best.margin) {
      best = { level, margin, index };
    }
  });
  if (best === undefined) return undefined;
  const { level, index } = best;
  const sentence = sentences[index];
  if (sentence === undefined) return undefined;
  const pushed = contributions(
    model,
    featuresOf(sentence, model.buckets, true),
    level === 'block' ? 2 : 1,
  )
    .filter((entry) => entry.weight > 0)
    .slice(0, 4);
  const tokens = pushed.flatMap((entry) => entry.feature.tokens ?? []);
  const first = sentence.tokens[Math.min(...tokens)];
  const last = sentence.tokens[Math.max(...tokens)];
  const text = meaning.model[level];
  return {
    category: level === 'block' ? 'threat' : 'pressure',
    severity: level,
    start: tokens.length > 0 && first !== undefined ? first.start : sentence.start,
    end: tokens.length > 0 && last !== undefined ? last.end : sentence.end,
    reason: text,
    ruleId: `${meaning.locale}.model.${level}`,
    explanation: { model: level, features: pushed.map((entry) => entry.feature.label ?? '') },
  };
}
