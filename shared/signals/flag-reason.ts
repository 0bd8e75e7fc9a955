/** The reason a suggested flag's form starts from: the customer's words, cut to fit the reason. */

/**
 * `quote(excerpt)` (the catalog's "The customer wrote: “…”"), with the excerpt cut and ended
 * with "…" when the whole would be longer than `maxLength`, so the form never starts invalid.
 */
export function flagReasonFor(
  quote: (excerpt: string) => string,
  excerpt: string,
  maxLength: number,
): string {
  const full = quote(excerpt);
  if (full.length <= maxLength) return full;
  const room = maxLength - (full.length - excerpt.length) - 1;
  return quote(`${excerpt.slice(0, Math.max(0, room))}…`);
}
