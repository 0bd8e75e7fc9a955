// The week index reads well-formed dates from their digits for speed: for any date, well-formed or
// running past its month's end, the week it gives is the one the days since 1970 say.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, type PlainDate } from '../calendar/calendar';
import { dayNumber } from './figures';
import { outsideRange, weekIndexer } from './week-index';
import { weeksBetween } from './weeks';

/** Date-shaped text, overflowing days ('2025-02-31') included, which `parsePlainDate` would refuse. */
function isDateShaped(text: string): text is PlainDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

describe('weekIndexer', () => {
  it('puts every date in the week its day number gives, or outside the range', () => {
    const from: PlainDate = '2024-12-30';
    const range = { from, to: addDays(from, 7 * 60 - 1) };
    const weeks = weeksBetween(range.from, range.to);
    const firstMonday = dayNumber(range.from);
    const date = fc
      .tuple(
        fc.integer({ min: 2023, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 31 }),
      )
      .map(([year, month, day]) =>
        [year, month, day].map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-'),
      );
    fc.assert(
      fc.property(date, (text) => {
        if (!isDateShaped(text)) throw new Error(`${text} is not date-shaped`);
        const inRange = text >= range.from && text <= range.to;
        const week = Math.floor((dayNumber(text) - firstMonday) / 7);
        const expected = inRange && week >= 0 && week < weeks.length ? week : outsideRange;
        expect(weekIndexer(weeks, range)(text)).toBe(expected);
      }),
    );
  });
});
