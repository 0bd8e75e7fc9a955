/**
 * The features the tone model reads: hashed word stems, stem pairs and character 4-grams of one
 * sentence (or a whole draft). Hashing keeps the model a fixed size whatever the vocabulary, and
 * character grams let it see misspellings and slang ("ur", "pagá") that no word list has.
 */
import type { Sentence } from '../meaning/tokens';

/** One feature: its bucket and, for word features, the tokens it came from (for the span). */
export interface Feature {
  bucket: number;
  /** First and last token index, or undefined for character grams. */
  tokens?: [number, number];
  /** What it was, for `--explain`: "w:wreck", "b:credit score", "c:poli". */
  label: string;
}

/** FNV-1a, 32-bit: fast, stable across runs and engines, good enough spread for hashing features. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The features of `sentence` (from `readSentences`) in `buckets` hash buckets. */
export function featuresOf(sentence: Sentence, buckets: number): Feature[] {
  const features: Feature[] = [];
  const add = (label: string, tokens?: [number, number]): void => {
    features.push({ bucket: hash(label) % buckets, label, ...(tokens ? { tokens } : {}) });
  };
  const stems = sentence.tokens.map((token) => token.stem);
  stems.forEach((stem, index) => {
    add(`w:${stem}`, [index, index]);
    const next = stems[index + 1];
    if (next !== undefined) add(`b:${stem} ${next}`, [index, index + 1]);
  });
  for (const token of sentence.tokens) {
    const padded = ` ${token.word} `;
    for (let index = 0; index + 4 <= padded.length; index += 1)
      add(`c:${padded.slice(index, index + 4)}`);
  }
  return features;
}
