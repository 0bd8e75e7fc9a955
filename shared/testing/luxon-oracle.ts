/**
 * For property tests that hold our Intl-based dates to what Luxon, which they replaced, answered
 * (issue 16): instants over a span of years, and Luxon's text with V8's spaces made plain.
 */
import fc from 'fast-check';

/** Any instant from `fromIso` to `toIso`, to the millisecond. */
export const instantBetween = (fromIso: string, toIso: string): fc.Arbitrary<Date> =>
  fc.integer({ min: Date.parse(fromIso), max: Date.parse(toIso) }).map((ms) => new Date(ms));

/**
 * For 'UTC' and 'GMT' Luxon joins Intl's formatToParts, which in V8 keeps the narrow no-break space
 * before AM/PM that V8's format() writes as a plain space; the same time, a different space.
 */
export const sameSpaces = (text: string): string => text.replace(/\u202f/g, ' ');
