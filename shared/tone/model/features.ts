/**
 * The features the tone model reads: hashed word stems, stem pairs and character 4-grams of one
 * sentence (or a whole draft). Hashing keeps the model a fixed size whatever the vocabulary, and
 * character grams let it see misspellings and slang ("ur", "pagá") that no word list has.
 */
import { conceptIds, type ConceptHit } from '../meaning/concepts';
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
/** The hash of the four characters from `start` of `word` padded with a space at both ends. */
function charGram(word: string, start: number): number {
  const padded = word.length + 2;
  let state = charSeed;
  for (let at = start; at < start + 4; at += 1) {
    // The space's code, or the word's character: FNV-1a over the padded text, without building it.
    state ^= at === 0 || at === padded - 1 ? 32 : word.charCodeAt(at - 1);
    state = Math.imul(state, 0x01000193);
  }
  return state;
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
      features.push({
        bucket: (charGram(word, start) >>> 0) % buckets,
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

/**
 * The bucket indexes of one sentence's features, written into a buffer reused from check to check.
 * The same features in the same order as `featuresOf`, `findingFeatures`, `conceptFeatures` and
 * `draftFeatures` (a test holds them equal), without an object per feature or a string per concept
 * pair: the per-keystroke path allocates next to nothing, so the garbage collector stays out of it.
 */
export class BucketList {
  values = new Int32Array(1024);
  length = 0;

  push(bucket: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = bucket;
    this.length += 1;
  }
}

/** Hashes of the closed sets (concepts, concept pairs, rule ids), by index, built once. */
interface ConceptTables {
  index: ReadonlyMap<string, number>;
  concept: Int32Array;
  draft: Int32Array;
  /** `pair[one * count + other]`: the hash of "one+other". */
  pair: Int32Array;
  /** Per concept, the index of the check that last saw it (or its pair), so no Set is built. */
  seen: Int32Array;
  seenPair: Int32Array;
}

let tables: ConceptTables | undefined;
let generation = 0;

/**
 * Works out every concept's and concept pair's hash. Called when the model's chunk loads (off first
 * paint), so the first check does not pay for it; built on first use otherwise.
 */
export function prepareFeatureTables(): void {
  tables ??= buildTables();
}

function buildTables(): ConceptTables {
  const count = conceptIds.length;
  const pair = new Int32Array(count * count);
  conceptIds.forEach((one, i) => {
    conceptIds.forEach((other, j) => {
      pair[i * count + j] = fnv(conceptPairSeed, `${one}+${other}`);
    });
  });
  return {
    index: new Map(conceptIds.map((concept, i) => [concept, i])),
    concept: Int32Array.from(conceptIds, (concept) => fnv(conceptSeed, concept)),
    draft: Int32Array.from(conceptIds, (concept) => fnv(draftSeed, concept)),
    pair,
    seen: new Int32Array(count),
    seenPair: new Int32Array(count * count),
  };
}

/** FNV-1a state after "r:<rule> " per rule id: rule ids are a closed set too. */
const ruleStates = new Map<string, number>();
function ruleState(ruleId: string): number {
  let state = ruleStates.get(ruleId);
  if (state === undefined) {
    if (ruleStates.size > 4096) ruleStates.clear();
    state = fnv(fnv(findingSeed, ruleId.replace(/\.\d+$/, '')), ' ');
    ruleStates.set(ruleId, state);
  }
  return state;
}

/** A finding inside the sentence the model reads, as the bucket path needs it. */
export interface BucketFinding extends FindingSignal {
  start: number;
  end: number;
}

/**
 * Writes the buckets of `sentence` into `out` (cleared first): its words, stem pairs and character
 * grams, the findings inside it (`findings` not `info`, overlapping the sentence), its concepts and
 * concept pairs, and the draft's concepts.
 */
export function sentenceBuckets(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  draft: readonly string[],
  findings: readonly BucketFinding[],
  buckets: number,
  out: BucketList,
): void {
  out.length = 0;
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const stem = tokens[index]?.stem ?? '';
    out.push((fnv(wordSeed, stem) >>> 0) % buckets);
    const next = tokens[index + 1]?.stem;
    if (next !== undefined) out.push((fnv(fnv(fnv(pairSeed, stem), ' '), next) >>> 0) % buckets);
  }
  for (const token of tokens) {
    const word = token.word;
    const padded = word.length + 2;
    for (let start = 0; start + 4 <= padded; start += 1) {
      out.push((charGram(word, start) >>> 0) % buckets);
    }
  }
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    if (!(finding.start < sentence.end && sentence.start < finding.end)) continue;
    out.push((fnv(ruleState(finding.ruleId), finding.severity) >>> 0) % buckets);
  }
  conceptBuckets(sentence, hits, buckets, out);
  const { index, draft: draftHashes } = (tables ??= buildTables());
  for (const concept of draft) {
    const at = index.get(concept);
    const hash = at === undefined ? hashOnce(draftSeed, concept) : (draftHashes[at] ?? 0);
    out.push((hash >>> 0) % buckets);
  }
}

/** `conceptFeatures`' buckets, in its order: each concept once, then each pair in one clause. */
function conceptBuckets(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  buckets: number,
  out: BucketList,
): void {
  const table = (tables ??= buildTables());
  const count = conceptIds.length;
  const mark = out.length;
  generation = generation === 0x7fffffff ? 1 : generation + 1;
  if (generation === 1) {
    table.seen.fill(0);
    table.seenPair.fill(0);
  }
  for (const hit of hits) {
    const at = table.index.get(hit.concept);
    if (at === undefined) {
      // Not a declared concept (never, today): the general path keeps the order and the hashes.
      out.length = mark;
      for (const feature of conceptFeatures(sentence, hits, buckets)) out.push(feature.bucket);
      return;
    }
    if (table.seen[at] === generation) continue;
    table.seen[at] = generation;
    out.push(((table.concept[at] ?? 0) >>> 0) % buckets);
  }
  const tokens = sentence.tokens;
  for (const one of hits) {
    const oneAt = table.index.get(one.concept) ?? 0;
    const oneClause = tokens[one.first]?.clause ?? 0;
    for (const other of hits) {
      if (one.concept >= other.concept || oneClause !== (tokens[other.first]?.clause ?? 0)) {
        continue;
      }
      const key = oneAt * count + (table.index.get(other.concept) ?? 0);
      if (table.seenPair[key] === generation) continue;
      table.seenPair[key] = generation;
      out.push(((table.pair[key] ?? 0) >>> 0) % buckets);
    }
  }
}
