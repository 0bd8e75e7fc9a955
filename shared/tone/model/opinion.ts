/**
 * The learned second opinion. The model reads each sentence together with what the rules and
 * frames found in it, and does two things:
 * - it clears a rule's or frame's finding when it is confident the sentence is fine in context
 *   (a reassurance such as "we have not instructed bailiffs" that the rules took for a threat);
 * - it raises the verdict when it is confident a sentence is worse than the rules found, with a
 *   finding whose span is the words that pushed it most.
 */
import { negationTurnedBack, type MeaningLocale, type Reading } from '../meaning/read';
import type { Sentence } from '../meaning/tokens';
import type { Severity, ToneCategory, Verdict } from '../types';
import type { ConceptHit, ConceptId } from '../meaning/concepts';
import {
  BucketList,
  conceptFeatures,
  draftFeatures,
  featuresOf,
  findingFeatures,
  sentenceBuckets,
  type Feature,
} from './features';
import { classifyBuckets, contributions, type ToneModelData } from './model';

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

/** What the model is told of one finding the rules or frames made. */
export interface JudgedFinding {
  start: number;
  end: number;
  ruleId: string;
  severity: Severity;
  /** True when a frame found the same as this word rule: the model may not clear it alone. */
  corroborated?: boolean;
}

/** The model's view of a draft. */
export interface ModelJudgement {
  /** Indexes (into the findings given) of the findings the model clears. */
  cleared: ReadonlySet<number>;
  /** A finding that raises the verdict, when the model is confident of more than what is left. */
  raised?: ModelFinding;
}

/** The fewest words a sentence needs before the model's opinion of it counts. */
const minimumWords = 4;

const rank: Record<Verdict, number> = { ok: 0, review: 1, block: 2 };

/**
 * The features of one sentence as the model reads it: its words, plus the findings inside it.
 * Training (scripts/train-tone.ts) builds them with this same function.
 */
export function sentenceFeatures(
  { sentence, hits, draft }: JudgedSentence,
  findings: readonly JudgedFinding[],
  buckets: number,
  labelled = false,
): Feature[] {
  const inside = findings.filter(
    (finding) =>
      finding.severity !== 'info' && finding.start < sentence.end && sentence.start < finding.end,
  );
  return [
    ...featuresOf(sentence, buckets, labelled),
    ...findingFeatures(inside, buckets, labelled),
    ...conceptFeatures(sentence, hits, buckets, labelled),
    ...draftFeatures(draft, buckets, labelled),
  ];
}

/**
 * Only the locale's own word rules and frames can be cleared: never an admin's company phrase, and
 * never shouting (capitals, runs of "!"), which no context makes kind.
 */
function clearable(finding: JudgedFinding, locale: string): boolean {
  return (
    finding.severity !== 'info' &&
    finding.corroborated !== true &&
    finding.ruleId.startsWith(`${locale}.`) &&
    !finding.ruleId.endsWith('.capitals') &&
    !finding.ruleId.endsWith('.exclamations')
  );
}

function verdictOf(findings: readonly JudgedFinding[], cleared: ReadonlySet<number>): Verdict {
  let verdict: Verdict = 'ok';
  findings.forEach((finding, index) => {
    if (cleared.has(index) || finding.severity === 'info') return;
    if (rank[finding.severity] > rank[verdict]) verdict = finding.severity;
  });
  return verdict;
}

/** A sentence the model reads, with the concepts the reader found in it. */
export interface JudgedSentence {
  sentence: Sentence;
  hits: readonly ConceptHit[];
  /** Every concept anywhere in the draft: the context the sentence is read in. */
  draft: readonly ConceptId[];
}

/** The sentences the model reads; training (scripts/train-tone.ts) reads the same ones. */
export function judgedSentences(reading: Reading): JudgedSentence[] {
  // Too few words to judge: the bias, not the words, would decide ("Dear Mr", "Kind regards").
  const draft = [
    ...new Set(reading.sentences.flatMap((entry) => entry.hits.map((hit) => hit.concept))),
  ];
  return reading.sentences
    .filter((entry) => entry.sentence.tokens.length >= minimumWords)
    .map((entry) => ({ ...entry, draft }));
}

/** True when `finding` lies within `sentence` (module level: a check runs this per keystroke). */
function inSentence(sentence: Sentence, finding: JudgedFinding): boolean {
  return sentence.start <= finding.start && finding.end <= sentence.end;
}

/** The buffer every check writes its sentences' buckets into (checks never run concurrently). */
const bucketBuffer = new BucketList();

/** The model's judgement of a draft, given the findings the rules and frames made in it. */
export function modelJudgement(
  reading: Reading,
  meaning: MeaningLocale,
  model: ToneModelData,
  findings: readonly JudgedFinding[],
): ModelJudgement {
  const judged = judgedSentences(reading).map((entry) => ({
    entry,
    sentence: entry.sentence,
    probabilities: probabilitiesOf(entry, findings, model),
  }));
  // Sentences whose "not" the reader found turned back into pressure: never cleared, however
  // reassuring their words look to the model ("court action has not been ruled out").
  const insisting = new Set(
    reading.sentences
      .filter((entry) => negationTurnedBack(entry.hits))
      .map((entry) => entry.sentence.start),
  );

  const cleared = new Set<number>();
  for (const { sentence, probabilities } of judged) {
    if (insisting.has(sentence.start)) continue;
    const fine = probabilities[0] ?? 0;
    if (fine < model.thresholds.clear) continue;
    const clearBlock = model.thresholds.clearBlock ?? model.thresholds.clear;
    // A sentence the model is not sure enough of to clear its threat ("you haven't paid your bill
    // and we will sue") is not fine either: none of its findings is cleared.
    const threatStays =
      fine < clearBlock &&
      findings.some((each) => each.severity === 'block' && inSentence(sentence, each));
    if (threatStays) continue;
    findings.forEach((finding, index) => {
      if (inSentence(sentence, finding) && clearable(finding, meaning.locale)) cleared.add(index);
    });
  }

  const verdict = verdictOf(findings, cleared);
  let best: { level: 'review' | 'block'; margin: number; entry: JudgedSentence } | undefined;
  for (const { entry, sentence, probabilities } of judged) {
    const [, review = 0, block = 0] = probabilities;
    // A reassurance is raised only when the model is all but certain it is none.
    const reassured = model.thresholds.reassured ?? Number.POSITIVE_INFINITY;
    if (reading.reassuring.has(sentence.start) && review + block < reassured) continue;
    const level =
      block >= model.thresholds.block
        ? 'block'
        : review + block >= model.thresholds.review
          ? 'review'
          : undefined;
    if (level === undefined || rank[level] <= rank[verdict]) continue;
    const margin = level === 'block' ? block : review + block;
    if (best === undefined || rank[level] > rank[best.level] || margin > best.margin) {
      best = { level, margin, entry };
    }
  }
  if (best === undefined) return { cleared };
  return { cleared, raised: findingFor(best.entry, best.level, meaning, model, findings) };
}

/** The class probabilities for one sentence: `classify` over `sentenceFeatures`, without objects. */
function probabilitiesOf(
  { sentence, hits, draft }: JudgedSentence,
  findings: readonly JudgedFinding[],
  model: ToneModelData,
): number[] {
  sentenceBuckets(sentence, hits, draft, findings, model.buckets, bucketBuffer);
  return classifyBuckets(model, bucketBuffer);
}

/** The model's finding on `sentence`: its span runs over the words that pushed it most. */
function findingFor(
  entry: JudgedSentence,
  level: 'review' | 'block',
  meaning: MeaningLocale,
  model: ToneModelData,
  findings: readonly JudgedFinding[],
): ModelFinding {
  const pushed = contributions(
    model,
    sentenceFeatures(entry, findings, model.buckets, true),
    level === 'block' ? 2 : 1,
  )
    .filter((push) => push.weight > 0)
    .slice(0, 4);
  const sentence = entry.sentence;
  const tokens = pushed.flatMap((push) => push.feature.tokens ?? []);
  const first = sentence.tokens[Math.min(...tokens)];
  const last = sentence.tokens[Math.max(...tokens)];
  return {
    category: level === 'block' ? 'threat' : 'pressure',
    severity: level,
    start: tokens.length > 0 && first !== undefined ? first.start : sentence.start,
    end: tokens.length > 0 && last !== undefined ? last.end : sentence.end,
    reason: meaning.model[level],
    ruleId: `${meaning.locale}.model.${level}`,
    explanation: { model: level, features: pushed.map((push) => push.feature.label ?? '') },
  };
}
