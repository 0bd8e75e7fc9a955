// zoned.ts and display.ts do the contact guards' and the history's wall-clock arithmetic and
// formatting with Intl alone (issue 16 took Luxon off the HubSpot card); these properties hold them
// to what Luxon, which they replaced, answers for the same instants, zones and steps, across the
// changes of clocks (gaps and repeated hours) of every zone the runtime knows.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { instantBetween, sameSpaces } from '../testing/luxon-oracle';
import { formatDate, formatMoment } from './display';
import {
  atLocalTime,
  isoInZone,
  plusLocalDays,
  startOfLocalDate,
  wallTimeAt,
  zoneOffsetMinutes,
} from './zoned';
import { formatInZone, startOfLocalDay } from '../history/localTime';

const zones: readonly string[] = [
  ...Intl.supportedValuesOf('timeZone'),
  'UTC',
  'utc',
  'Etc/GMT+12',
  'Etc/GMT-14',
];
const instants = instantBetween('1900-01-01T00:00:00Z', '2100-01-01T00:00:00Z').map((date) =>
  date.getTime(),
);
const zone = fc.constantFrom(...zones);
const runs = { numRuns: 3000 };

/**
 * Instants in the months most zones change their clocks (March, April, September to November), so
 * that steps and times of day often land in a gap or a repeated hour.
 */
const nearChanges = fc
  .record({
    year: fc.integer({ min: 1970, max: 2060 }),
    month: fc.constantFrom(2, 3, 8, 9, 10),
    day: fc.integer({ min: 1, max: 31 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  })
  .map(({ year, month, day, minute }) => Date.UTC(year, month, day, 0, minute));

describe('wall-clock arithmetic agrees with Luxon', () => {
  it('reads the same offset, local date, time and weekday at any instant', () => {
    fc.assert(
      fc.property(instants, zone, (ms, name) => {
        const luxon = DateTime.fromMillis(ms, { zone: name });
        expect(zoneOffsetMinutes(ms, name)).toBe(luxon.offset);
        expect(wallTimeAt(ms, name)).toEqual({
          year: luxon.year,
          month: luxon.month,
          day: luxon.day,
          hour: luxon.hour,
          minute: luxon.minute,
          second: luxon.second,
          millisecond: luxon.millisecond,
          weekday: luxon.weekday,
        });
      }),
      runs,
    );
  });

  it('steps local days, sets a time of day and finds the start of a day alike', () => {
    const clock = fc.record({
      hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(instants, nearChanges),
        zone,
        fc.integer({ min: -30, max: 400 }),
        clock,
        (ms, name, days, time) => {
          const luxon = DateTime.fromMillis(ms, { zone: name });
          expect(plusLocalDays(ms, name, days)).toBe(luxon.plus({ days }).toMillis());
          expect(atLocalTime(ms, name, time)).toBe(luxon.set(time).toMillis());
          expect(atLocalTime(ms, name, { ...time, second: 0, millisecond: 0 })).toBe(
            luxon.set({ ...time, second: 0, millisecond: 0 }).toMillis(),
          );
          expect(startOfLocalDate(ms, name)).toBe(luxon.startOf('day').toMillis());
        },
      ),
      runs,
    );
  });

  it('moves a time the clocks skip forward, and keeps a repeated time on its own side', () => {
    const chicago = 'America/Chicago';
    // 8 March 2026, clocks go from 02:00 to 03:00: 02:30 does not exist.
    const springMorning = Date.parse('2026-03-08T06:30:00Z'); // 00:30 CST
    expect(isoInZone(atLocalTime(springMorning, chicago, { hour: 2, minute: 30 }), chicago)).toBe(
      '2026-03-08T03:30:00-05:00',
    );
    // 1 November 2026, clocks go from 02:00 back to 01:00: 01:30 comes twice.
    const beforeChange = Date.parse('2026-11-01T05:10:00Z'); // 00:10 CDT
    const afterChange = Date.parse('2026-11-01T08:10:00Z'); // 02:10 CST
    expect(isoInZone(atLocalTime(beforeChange, chicago, { hour: 1, minute: 30 }), chicago)).toBe(
      '2026-11-01T01:30:00-05:00',
    );
    expect(isoInZone(atLocalTime(afterChange, chicago, { hour: 1, minute: 30 }), chicago)).toBe(
      '2026-11-01T01:30:00-06:00',
    );
    // A day after 09:00 on the Saturday is 09:00 on the Sunday, 25 hours later.
    const saturday = Date.parse('2026-10-31T14:00:00Z');
    expect(plusLocalDays(saturday, chicago, 1) - saturday).toBe(25 * 3_600_000);
  });

  it('writes an instant with its offset as Luxon did', () => {
    fc.assert(
      fc.property(instants, zone, (ms, name) => {
        expect(isoInZone(ms, name)).toBe(
          DateTime.fromMillis(ms, { zone: name }).toISO({ suppressMilliseconds: true }),
        );
        expect(formatInZone(ms, name)).toBe(isoInZone(ms, name));
      }),
      runs,
    );
  });

  it('starts 31 October 1976 in Metlakatla at midnight, where Luxon answered 01:00', () => {
    const day = Date.UTC(1976, 9, 31) / 86_400_000;
    expect(wallTimeAt(startOfLocalDay(day, 'America/Metlakatla'), 'America/Metlakatla')).toEqual(
      expect.objectContaining({ year: 1976, month: 10, day: 31, hour: 0, minute: 0 }),
    );
  });

  it('starts a local day where Luxon did, or earlier at its true first instant', () => {
    const days = fc.integer({ min: 0, max: Date.UTC(2060, 0, 1) / 86_400_000 });
    fc.assert(
      fc.property(days, zone, (day, name) => {
        const ours = startOfLocalDay(day, name);
        const date = new Date(day * 86_400_000);
        const luxon = DateTime.fromObject(
          { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
          { zone: name },
        ).toMillis();
        // Where they differ, ours is earlier and is the day's first instant: Luxon read a midnight
        // that comes twice with the zone's offset now, or its one correction of the offset it
        // guessed from today's landed past a change of clocks (America/Metlakatla, 31 October 1976:
        // Luxon answered 01:00).
        if (ours !== luxon) {
          const first = wallTimeAt(ours, name);
          const before = wallTimeAt(ours - 1, name);
          expect(ours).toBeLessThan(luxon);
          expect([first.year, first.month, first.day]).toEqual([
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
          ]);
          expect([before.year, before.month, before.day]).not.toEqual([
            first.year,
            first.month,
            first.day,
          ]);
        }
      }),
      runs,
    );
  });
});

describe('dates and moments read as Luxon wrote them', () => {
  const locales = ['en-US', 'en-GB', 'es', 'es-ES', 'es-419', 'pt-BR', 'de', 'ja'];

  it('writes a calendar date and a moment in a zone alike', () => {
    fc.assert(
      fc.property(instants, zone, fc.constantFrom(...locales), (ms, name, locale) => {
        const iso = new Date(ms).toISOString();
        expect(sameSpaces(formatMoment(iso, name, locale))).toBe(
          sameSpaces(
            DateTime.fromISO(iso, { setZone: true })
              .setZone(name)
              .setLocale(locale)
              .toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' }),
          ),
        );
        const date = iso.slice(0, 10);
        expect(formatDate(date, locale)).toBe(
          DateTime.fromISO(date, { zone: 'utc' })
            .setLocale(locale)
            .toLocaleString(DateTime.DATE_MED),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('shows an instant in UTC, named so, when the zone is unknown, and keeps text that is no instant', () => {
    expect(formatMoment('2027-01-25T18:00:00Z', 'Mars/Olympus', 'en-US')).toBe(
      'Jan 25, 2027, 6:00 PM UTC',
    );
    expect(formatMoment('soon', 'America/Chicago', 'en-US')).toBe('soon');
  });
});
