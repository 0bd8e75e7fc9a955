/**
 * A vocabulary is declared once as `as const` data (flag kinds, settings fields, holiday countries,
 * frequencies); this makes the guard that tells whether some text is one of its words.
 */

/** A guard for the words of `words`: true, and typed so, for text spelled as one of them. */
export function isOneOf<const Words extends readonly string[]>(
  words: Words,
): (text: string) => text is Words[number] {
  const known: readonly string[] = words;
  return (text: string): text is Words[number] => known.includes(text);
}
