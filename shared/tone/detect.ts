/**
 * Picks the language of a draft from the rule sets we have, by counting each language's common
 * words. Cheap enough for every keystroke; falls back when the draft gives no clear signal.
 */
import type { ToneRuleSet } from './types';

const wordSets = new WeakMap<ToneRuleSet, ReadonlySet<string>>();

function wordsOf(ruleSet: ToneRuleSet): ReadonlySet<string> {
  let words = wordSets.get(ruleSet);
  if (words === undefined) {
    words = new Set(ruleSet.detectionWords.map((word) => word.toLowerCase()));
    wordSets.set(ruleSet, words);
  }
  return words;
}

/**
 * The locale of the rule set whose common words appear most in `text`, or `fallback` when no
 * rule set scores (empty text, numbers only, another language) or two tie.
 */
export function detectLocale(
  text: string,
  ruleSets: readonly ToneRuleSet[],
  fallback: string,
): string {
  const scores = ruleSets.map(() => 0);
  // The first 2,000 characters are plenty to tell languages apart and keep long drafts cheap.
  const words =
    text
      .slice(0, 2000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    ruleSets.forEach((ruleSet, index) => {
      if (wordsOf(ruleSet).has(word)) scores[index] = (scores[index] ?? 0) + 1;
    });
  }
  let best = -1;
  let bestScore = 0;
  let tie = false;
  scores.forEach((score, index) => {
    if (score > bestScore) {
      best = index;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  });
  const winner = best >= 0 && !tie ? ruleSets[best] : undefined;
  return winner?.locale ?? fallback;
}
