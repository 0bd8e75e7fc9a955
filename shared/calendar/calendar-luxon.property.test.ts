// calendar.ts does its date arithmetic in integers and asks Intl for a zone's date (issue 16 took
// Luxon out of the Zendesk sidebar's first paint); these properties hold it to what Luxon, which it
// replaced, answers for the same dates, instants, zones and locales.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import {
  addDays,
  addMonths,
  clippedDate,
  dateParts,
  daysBetween,
  daysInMonth,
  formatLongDate,
  formatMediumDate,
  isValidTimeZone,
  parsePlainDate,
  todayIn,
  weekday,
  type PlainDate,
} from './calendar';
import { instantBetween, sameSpaces } from '../testing/luxon-oracle';
import { timeOfDayIn } from './time-of-day';

const runs = { numRuns: 2000 };

const utcDate = (date: string): DateTime => DateTime.fromISO(date, { zone: 'utc' });

/** Every zone the runtime knows, and a few it does not. */
const zones: readonly string[] = [
  ...Intl.supportedValuesOf('timeZone'),
  'UTC',
  'Etc/GMT+12',
  'Etc/GMT-14',
];

/** Any real date from 0001 to 9999, month ends drawn often. */
const anyDate = (): fc.Arbitrary<PlainDate> =>
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1900, max: 2100 })),
      fc.integer({ min: 1, max: 12 }),
      fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(28, 29, 30, 31)),
    )
    .map(([year, month, day]) => clippedDate(year, month, day));

/** Any 'NNNN-NN-NN' text, real date or not. */
const dateLikeText = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([year, month, day]) =>
        `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );

describe('calendar dates agree with Luxon', () => {
  it('accepts and writes the same dates', () => {
    fc.assert(
      fc.property(dateLikeText(), (text) => {
        const luxon = utcDate(text);
        expect(parsePlainDate(text)).toBe(luxon.isValid ? luxon.toISODate() : undefined);
      }),
      runs,
    );
  });

  it('adds days, counts days and names weekdays alike', () => {
    fc.assert(
      fc.property(anyDate(), fc.integer({ min: -400_000, max: 400_000 }), (date, days) => {
        const luxon = utcDate(date).plus({ days });
        fc.pre(luxon.year >= 1 && luxon.year <= 9999);
        expect(addDays(date, days)).toBe(luxon.toISODate());
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(weekday(date)).toBe(utcDate(date).weekday);
        expect(dateParts(date)).toEqual({
          year: utcDate(date).year,
          month: utcDate(date).month,
          day: utcDate(date).day,
        });
      }),
      runs,
    );
  });

  it('adds months and sizes months alike', () => {
    fc.assert(
      fc.property(
        anyDate(),
        fc.integer({ min: -1200, max: 1200 }),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
        (date, months, anchor) => {
          const start = utcDate(date);
          const target = start.startOf('month').plus({ months });
          fc.pre(target.year >= 1 && target.year <= 9999);
          expect(daysInMonth(target.year, target.month)).toBe(target.daysInMonth);
          const day = Math.min(anchor ?? start.day, target.daysInMonth ?? 0);
          expect(addMonths(date, months, anchor)).toBe(target.set({ day }).toISODate());
        },
      ),
      runs,
    );
  });

  it('gives the same calendar date at any instant in every zone', () => {
    const instants = instantBetween('1900-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        expect(todayIn(instant, zone)).toBe(DateTime.fromJSDate(instant, { zone }).toISODate());
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the same zones', () => {
    const names = [...zones, 'Mars/Olympus', '', 'utc', 'America/new_york', 'EST5EDT', 'GMT+3'];
    for (const name of names) expect(isValidTimeZone(name)).toBe(IANAZone.isValidZone(name));
  });

  it('refuses an unknown zone', () => {
    expect(() => todayIn(new Date(), 'Mars/Olympus')).toThrow('Unknown time zone Mars/Olympus');
  });

  const locales = [
    '',
    'en',
    'en-US',
    'en-GB',
    'es',
    'es-ES',
    'es-MX',
    'es-419',
    'pt-BR',
    'de',
    'fr-CA',
    'ja',
    'ar-EG',
    'th-TH',
    'fa',
  ];

  it('writes long and medium dates in the same words for every locale', () => {
    fc.assert(
      fc.property(anyDate(), fc.constantFrom(...locales), (date, locale) => {
        const luxon = utcDate(date).setLocale(locale);
        expect(formatLongDate(date, locale)).toBe(
          luxon.toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' }),
        );
        expect(formatMediumDate(date, locale)).toBe(luxon.toLocaleString(DateTime.DATE_MED));
      }),
      runs,
    );
  });

  it('reads the same clock time in every zone and locale', () => {
    const instants = instantBetween('1970-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(...zones),
        fc.constantFrom(...locales),
        (instant, zone, locale) => {
          const luxon = DateTime.fromJSDate(instant, { zone }).setLocale(locale);
          expect(timeOfDayIn(instant, zone, locale)).toBe(
            sameSpaces(luxon.toLocaleString(DateTime.TIME_SIMPLE)),
          );
        },
      ),
      runs,
    );
    expect(timeOfDayIn(new Date(), 'Mars/Olympus', 'en-US')).toBeUndefined();
  });
});
