/**
 * Clause features the signals model reads beside the tone model's words, pairs and character
 * grams (features.ts). Distress, hardship and anger are told in the first person about a state
 * ("I'm at my wits' end", "I can't sleep", "no puedo más"), and a denial turns the same words round
 * ("I'm not disputing it"): a bag of words sees neither. So each word also gives, when it applies:
 * - `n:<stem>`: the word is in a negation's reach (the next few words of its clause);
 * - `p:<stem>`: the word's clause is about the writer (a first-person word in it);
 * - `pn:<stem>`: both ("I can't sleep", "no puedo dormir");
 * - `g:<stem> <stem>`: a word and the one after the next in its clause ("can't really sleep").
 */
import type { TermHit } from '../../tone/meaning/concepts';
import type { Feature } from '../../tone/model/features';
import type { Sentence } from '../../tone/meaning/tokens';
import type { CueId } from '../cues';

/** How many words after a negation it reaches (the rules use four as well, read.ts). */
const negationReach = 4;

/**
 * First-person words (folded, as tokens hold them). Spanish drops the subject, so its common
 * first-person verbs stand in for "yo". The model's own vocabulary: no rule reads it.
 */
const firstPerson: Readonly<Record<'en' | 'es', ReadonlySet<string>>> = {
  en: new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']),
  es: new Set([
    'yo',
    'me',
    'mi',
    'mis',
    'conmigo',
    'nosotros',
    'nos',
    'estoy',
    'tengo',
    'puedo',
    'soy',
    'siento',
    'se',
    'he',
    'quiero',
    'necesito',
    'estamos',
    'tenemos',
    'podemos',
  ]),
};

const offset = 0x811c9dc5;
/** FNV-1a over `text`, continuing from `state` (the tone features' hash, its own seeds). */
function fnv(state: number, text: string): number {
  let value = state;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value;
}
const seeds = { n: fnv(offset, 'n:'), p: fnv(offset, 'p:'), pn: fnv(offset, 'pn:') } as const;
const gapSeed = fnv(offset, 'g:');

/** The clause features of one sentence, given the cues the reader found in it. */
export function clauseFeatures(
  sentence: Sentence,
  hits: ReadonlyArray<TermHit<CueId>>,
  locale: 'en' | 'es',
  buckets: number,
  labelled = false,
): Feature[] {
  const tokens = sentence.tokens;
  const features: Feature[] = [];
  const writerClauses = new Set<number>();
  for (const token of tokens)
    if (firstPerson[locale].has(token.word)) writerClauses.add(token.clause);
  // Each token's negation: the last token of a negation cue before it, in its clause, within reach.
  const negatedUntil = new Int32Array(tokens.length).fill(-1);
  for (const hit of hits) {
    if (hit.concept !== 'negation') continue;
    const clause = tokens[hit.last]?.clause;
    for (let at = hit.last + 1; at <= hit.last + negationReach && at < tokens.length; at += 1) {
      if (tokens[at]?.clause !== clause) break;
      negatedUntil[at] = hit.last;
    }
  }
  tokens.forEach((token, index) => {
    const negated = (negatedUntil[index] ?? -1) >= 0;
    const writer = writerClauses.has(token.clause) && !firstPerson[locale].has(token.word);
    const kind = negated && writer ? 'pn' : negated ? 'n' : writer ? 'p' : undefined;
    if (kind !== undefined) {
      features.push({
        bucket: (fnv(seeds[kind], token.stem) >>> 0) % buckets,
        tokens: [index, index],
        ...(labelled ? { label: `${kind}:${token.stem}` } : {}),
      });
    }
    const after = tokens[index + 2];
    if (after !== undefined && after.clause === token.clause) {
      features.push({
        bucket: (fnv(fnv(fnv(gapSeed, token.stem), ' '), after.stem) >>> 0) % buckets,
        tokens: [index, index + 2],
        ...(labelled ? { label: `g:${token.stem} ${after.stem}` } : {}),
      });
    }
  });
  return features;
}
