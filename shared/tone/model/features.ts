/**
 * The features the tone model reads: hashed word stems, stem pairs and character 4-grams of one
 * sentence (or a whole draft). Hashing keeps the model a fixed size whatever the vocabulary, and
 * character grams let it see misspellings and slang ("ur", "pagá") that no word list has.
 */
import type { ConceptHit } from '../meaning/concepts';
import type { Sentence } from '../meaning/tokens';

/** One feature: its bucket and, for word features, the tokens it came from (for the span). */
export interface Feature {
  bucket: number;
  /** First and last token index, or undefined for character grams. */
  tokens?: [number, number];
  /** What it was, for `--explain` ("w:wreck", "b:credit score", "c: pol"); only when asked for. */
  label?: string;
}

const offset = 0x811c9dc5;

/** FNV-1a, 32-bit, over `text[from, to)` continuing from `state`: no substring is built. */
function fnv(state: number, text: string, from = 0, to = text.length): number {
  let value = state;
  for (let index = from; index < to; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value;
}

const wordSeed = fnv(offset, 'w:');
const pairSeed = fnv(offset, 'b:');
const charSeed = fnv(offset, 'c:');
const findingSeed = fnv(offset, 'r:');
const conceptSeed = fnv(offset, 'k:');
const conceptPairSeed = fnv(offset, 'kk:');
const draftSeed = fnv(offset, 'd:');

/** What the model needs to know of a rule or frame finding inside the sentence it reads. */
export interface FindingSignal {
  ruleId: string;
  severity: string;
}

/**
 * Features for the rules' and frames' findings in a sentence ("r:en.threat.lawsuit review"), so
 * the model learns when a rule is right in context and when it fires on a reassurance. A numbered
 * rule variant ("en.jargon.legalese.3") counts as its rule.
 */
export function findingFeatures(
  findings: readonly FindingSignal[],
  buckets: number,
  labelled = false,
): Feature[] {
  return findings.map((finding) => {
    const rule = finding.ruleId.replace(/\.\d+$/, '');
    return {
      bucket: (fnv(fnv(fnv(findingSeed, rule), ' '), finding.severity) >>> 0) % buckets,
      ...(labelled ? { label: `r:${rule} ${finding.severity}` } : {}),
    };
  });
}
/**
 * The features of `sentence` (from `readSentences`) in `buckets` hash buckets. Labels are built
 * only with `labelled`, for explaining one finding: the hot path allocates no strings.
 */
export function featuresOf(sentence: Sentence, buckets: number, labelled = false): Feature[] {
  const features: Feature[] = [];
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const stem = tokens[index]?.stem ?? '';
    features.push({
      bucket: (fnv(wordSeed, stem) >>> 0) % buckets,
      tokens: [index, index],
      ...(labelled ? { label: `w:${stem}` } : {}),
    });
    const next = tokens[index + 1]?.stem;
    if (next !== undefined) {
      features.push({
        bucket: (fnv(fnv(fnv(pairSeed, stem), ' '), next) >>> 0) % buckets,
        tokens: [index, index + 1],
        ...(labelled ? { label: `b:${stem} ${next}` } : {}),
      });
    }
  }
  for (const token of tokens) {
    // Each word padded with a space at both ends, read four characters at a time.
    const word = token.word;
    const padded = word.length + 2;
    for (let start = 0; start + 4 <= padded; start += 1) {
      let state = charSeed;
      for (let at = start; at < start + 4; at += 1) {
        state = at === 0 || at === padded - 1 ? fnv(state, ' ') : fnv(state, word, at - 1, at);
      }
      features.push({
        bucket: (state >>> 0) % buckets,
        ...(labelled ? { label: `c:${` ${word} `.slice(start, start + 4)}` } : {}),
      });
    }
  }
  return features;
}

/**
 * Features for the concepts the reader found in a sentence: each concept once ("k:employer"), and
 * each pair of concepts that share a clause ("kk:disclose+third-party"). They carry what the
 * lexicons know into the model, so a weight learnt for "tell + boss" also reads "inform + landlord":
 * wording no writer used, in words the lexicons list.
 */
export function conceptFeatures(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  buckets: number,
  labelled = false,
): Feature[] {
  const features: Feature[] = [];
  const firstOf = new Map<string, ConceptHit>();
  for (const hit of hits) if (!firstOf.has(hit.concept)) firstOf.set(hit.concept, hit);
  for (const [concept, hit] of firstOf) {
    features.push({
      bucket: (hashOnce(conceptSeed, concept) >>> 0) % buckets,
      tokens: [hit.first, hit.last],
      ...(labelled ? { label: `k:${concept}` } : {}),
    });
  }
  const clauseOf = (hit: ConceptHit): number => sentence.tokens[hit.first]?.clause ?? 0;
  const seen = new Set<string>();
  for (const one of hits) {
    for (const other of hits) {
      if (one.concept >= other.concept || clauseOf(one) !== clauseOf(other)) continue;
      // The pair's hash is cached by its text; building that text is cheap next to hashing it.
      const pair = `${one.concept}+${other.concept}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      features.push({
        bucket: (hashOnce(conceptPairSeed, pair) >>> 0) % buckets,
        tokens: [Math.min(one.first, other.first), Math.max(one.last, other.last)],
        ...(labelled ? { label: `kk:${pair}` } : {}),
      });
    }
  }
  return features;
}

/**
 * Concept names and pairs are a closed set (a few thousand at most), checked on every keystroke:
 * their hashes are worked out once per seed.
 */
const hashes = new Map<number, Map<string, number>>();
function hashOnce(seed: number, text: string): number {
  let bySeed = hashes.get(seed);
  if (bySeed === undefined) hashes.set(seed, (bySeed = new Map()));
  let hash = bySeed.get(text);
  if (hash === undefined) bySeed.set(text, (hash = fnv(seed, text)));
  return hash;
}

/**
 * Features for the concepts anywhere in the draft ("d:empathy", "d:authority"), added to each
 * sentence: a sentence reads differently in an apology that explains the law than in a message
 * that names the bailiffs twice.
 */
export function draftFeatures(
  concepts: readonly string[],
  buckets: number,
  labelled = false,
): Feature[] {
  return concepts.map((concept) => ({
    bucket: (hashOnce(draftSeed, concept) >>> 0) % buckets,
    ...(labelled ? { label: `d:${concept}` } : {}),
  }));
}
