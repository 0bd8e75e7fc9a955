/**
 * The day a customer names is read with calendar arithmetic (no date library in the hot path);
 * these properties check it against the same rule worked out with Luxon, for any today: the same
 * day for "the 0th" to "the 31st", "29 February", weekdays, month end and "in N days/weeks",
 * and the same today from a plain date in any zone Luxon knows.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { calendarDateBetween } from '../../testing/calendar-arbitraries';
import { findDate, todayIn } from './date';

/** Luxon's reading of the same words (the reader's arithmetic before it went without Luxon). */
const luxonReading: ReadonlyArray<
  readonly [RegExp, (match: RegExpExecArray, today: DateTime) => DateTime | undefined]
> = [
  [
    /^the (\d{1,2})(?:st|nd|rd|th)$/u,
    (match, today) => {
      // This month's when it is at most a week past, else the next month that has the day.
      const day = Number(match[1]);
      for (let ahead = 0; ahead < 4; ahead += 1) {
        const month = today.startOf('month').plus({ months: ahead });
        if (day > (month.daysInMonth ?? 0)) continue;
        const candidate = month.set({ day });
        if (candidate >= (ahead === 0 ? today.minus({ days: 7 }) : today)) return candidate;
      }
      return undefined;
    },
  ],
  [
    /^(\d{1,2}) (\w+)$/u,
    (match, today) => {
      // The one of last, this or next year nearest today (the later one on a tie).
      const month = DateTime.fromFormat(match[2] ?? '', 'MMMM', { locale: 'en' }).month;
      const thisYear = DateTime.fromObject({ year: today.year, month, day: Number(match[1]) });
      if (!thisYear.isValid) return undefined;
      const away = (date: DateTime) => Math.abs(date.diff(today, 'days').days);
      return [thisYear.minus({ years: 1 }), thisYear, thisYear.plus({ years: 1 })].reduce(
        (best, date) => (away(date) <= away(best) ? date : best),
      );
    },
  ],
  [
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u,
    (match, today) => {
      const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
      const ahead = (names.indexOf(match[1] ?? '') + 1 - today.weekday + 7) % 7;
      return today.plus({ days: ahead === 0 ? 7 : ahead });
    },
  ],
  [/^end of the month$/u, (_, today) => today.endOf('month').startOf('day')],
  [
    /^in (\d{1,2}) (days|weeks)$/u,
    (match, today) =>
      today.plus(match[2] === 'weeks' ? { weeks: Number(match[1]) } : { days: Number(match[1]) }),
  ],
];

function byLuxon(phrase: string, today: string): string | undefined {
  const start = DateTime.fromISO(today, { zone: 'UTC' }).startOf('day');
  for (const [pattern, read] of luxonReading) {
    const match = pattern.exec(phrase);
    if (match === null) continue;
    const day = read(match, start);
    return day?.isValid === true ? (day.toISODate() ?? undefined) : undefined;
  }
  throw new Error(`no reference for ${phrase}`);
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august'];
const phrase = fc.oneof(
  fc.integer({ min: 0, max: 31 }).map((day) => `the ${day}th`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...months, 'september', 'december'))
    .map(([day, month]) => `${day} ${month}`),
  fc.constantFrom('monday', 'wednesday', 'friday', 'sunday', 'end of the month'),
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('days', 'weeks'))
    .map(([count, unit]) => `in ${count} ${unit}`),
);
const today = calendarDateBetween('1971-01-01', '2199-12-31');

describe('findDate', () => {
  it('names the same day as Luxon for any today', () => {
    fc.assert(
      fc.property(phrase, today, (words, day) => {
        const found = findDate(words, 0, words.length, todayIn({ today: day }));
        expect(found?.date).toBe(byLuxon(words, day));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "the 29th" of a February in and out of leap years, and month ends, as Luxon does', () => {
    for (const day of ['2028-02-29', '2027-02-28', '2026-01-31', '2026-12-31', '2100-02-28']) {
      for (const words of ['the 29th', 'the 30th', 'the 31st', 'the 0th', '29 february']) {
        expect(findDate(words, 0, words.length, todayIn({ today: day }))?.date).toBe(
          byLuxon(words, day),
        );
      }
    }
  });
});

describe('a day already past', () => {
  const on = (words: string, today: string) =>
    findDate(words, 0, words.length, todayIn({ today, timeZone: 'Europe/London' }))?.date;

  it('stays in the past when it passed lately, so a promise read late can be overdue', () => {
    expect(on("I'll pay on the 1st", '2026-03-05')).toBe('2026-03-01');
    expect(on('I paid on 3 March', '2026-03-05')).toBe('2026-03-03');
    expect(on('pagué el 3 de marzo', '2026-03-05')).toBe('2026-03-03');
    expect(on('I paid on 20 November', '2026-11-27')).toBe('2026-11-20');
  });

  it('moves forward when the words say next, or the day is far enough behind to mean the next one', () => {
    expect(on("I'll pay on the 1st of next month", '2026-03-05')).toBe('2026-04-01');
    expect(on("I'll pay next month on the 1st", '2026-03-05')).toBe('2026-04-01');
    expect(on('pagaré el 1 del mes que viene', '2026-03-05')).toBe('2026-04-01');
    expect(on('next March 3rd', '2026-03-05')).toBe('2027-03-03');
    expect(on('the 15th', '2026-11-27')).toBe('2026-12-15');
    expect(on('on 5 January', '2026-11-27')).toBe('2027-01-05');
    expect(on('by 3 March', '2026-11-27')).toBe('2027-03-03');
  });
});

describe('todayIn', () => {
  it('is the plain date given, in any zone Luxon knows, and nothing in one it does not', () => {
    expect(todayIn({ today: '2026-11-27', timeZone: 'Pacific/Kiritimati' })).toBe('2026-11-27');
    expect(todayIn({ today: '2026-11-27', timeZone: 'UTC+3' })).toBe('2026-11-27');
    expect(todayIn({ today: '2026-11-27', timeZone: 'Mars/Olympus' })).toBeUndefined();
    expect(todayIn({ today: '2026-02-30' })).toBeUndefined();
    expect(todayIn({})).toBeUndefined();
  });

  it('is the day it is at `now` in the zone', () => {
    const now = Date.parse('2026-11-27T23:30:00Z');
    expect(todayIn({ now, timeZone: 'Europe/Madrid' })).toBe('2026-11-28');
    expect(todayIn({ now, timeZone: 'America/New_York' })).toBe('2026-11-27');
  });
});
