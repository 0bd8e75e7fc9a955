import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatLongDate,
  isWeekend,
  nextBusinessDay,
  parsePlainDate,
  todayIn,
  weekday,
  type PlainDate,
} from './calendar';

/** Any real date from 2000 to 2060, with month ends (29th–31st) drawn often. */
const anyDate = (): fc.Arbitrary<PlainDate> =>
  fc
    .tuple(
      fc.integer({ min: 2000, max: 2060 }),
      fc.integer({ min: 1, max: 12 }),
      fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(28, 29, 30, 31)),
    )
    .map(([year, month, day]) => {
      const clipped = Math.min(day, daysInMonth(year, month));
      const text = `${year}-${String(month).padStart(2, '0')}-${String(clipped).padStart(2, '0')}`;
      const date = parsePlainDate(text);
      if (date === undefined) throw new Error(`bad generated date ${text}`);
      return date;
    });

describe('parsePlainDate', () => {
  it('accepts real calendar dates only', () => {
    expect(parsePlainDate('2028-02-29')).toBe('2028-02-29');
    expect(parsePlainDate('2027-02-29')).toBeUndefined();
    expect(parsePlainDate('2026-13-01')).toBeUndefined();
    expect(parsePlainDate('25/11/2026')).toBeUndefined();
  });
});

describe('addMonths', () => {
  it('clips to month end and keeps the anchor day: 31 Jan → 28/29 Feb → 31 Mar', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 2)).toBe('2027-03-31');
    expect(addMonths('2027-01-31', 3)).toBe('2027-04-30');
    expect(addMonths('2027-02-28', 1, 31)).toBe('2027-03-31');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('lands on the anchor day, or the month’s last day when the month is shorter', () => {
    fc.assert(
      fc.property(anyDate(), fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        const [year, month, day] = result.split('-').map(Number) as [number, number, number];
        const anchor = Number(date.slice(8));
        expect(day).toBe(Math.min(anchor, daysInMonth(year, month)));
        const [y0, m0] = date.split('-').map(Number) as [number, number];
        expect(year * 12 + month - (y0 * 12 + m0)).toBe(months);
      }),
    );
  });

  it('counting from the anchor equals stepping with the anchor kept', () => {
    fc.assert(
      fc.property(
        anyDate(),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (date, a, b) => {
          const anchor = Number(date.slice(8));
          expect(addMonths(addMonths(date, a), b, anchor)).toBe(addMonths(date, a + b));
        },
      ),
    );
  });
});

describe('business days', () => {
  it('rolls Saturday and Sunday to Monday and leaves weekdays alone', () => {
    expect(nextBusinessDay('2026-11-28')).toBe('2026-11-30');
    expect(nextBusinessDay('2026-11-29')).toBe('2026-11-30');
    expect(nextBusinessDay('2026-11-27')).toBe('2026-11-27');
    fc.assert(
      fc.property(anyDate(), (date) => {
        const rolled = nextBusinessDay(date);
        expect(isWeekend(rolled)).toBe(false);
        expect(daysBetween(date, rolled)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(date, rolled)).toBeLessThanOrEqual(2);
        if (!isWeekend(date)) expect(rolled).toBe(date);
        else expect(weekday(rolled)).toBe(1);
      }),
    );
  });
});

describe('todayIn', () => {
  const zones = [
    'America/New_York',
    'Europe/London',
    'Europe/Madrid',
    'Australia/Sydney',
    'Pacific/Auckland',
    'Asia/Kolkata',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ];
  /** Intl's own answer, as an oracle. */
  const intlDate = (instant: Date, timeZone: string): string =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(instant);

  it('gives the customer’s calendar date, not the server’s', () => {
    const instant = new Date('2026-11-26T03:30:00Z');
    expect(todayIn(instant, 'America/New_York')).toBe('2026-11-25');
    expect(todayIn(instant, 'Europe/London')).toBe('2026-11-26');
    expect(todayIn(instant, 'Pacific/Kiritimati')).toBe('2026-11-26');
  });

  it('is right around daylight-saving changes in every zone', () => {
    // Instants within two days of the 2026 and 2027 spring and autumn changes.
    const changes = [
      '2026-03-08T07:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-04-05T16:00:00Z',
      '2026-09-27T14:00:00Z',
      '2026-10-04T16:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-11-01T06:00:00Z',
      '2027-03-14T07:00:00Z',
    ].map((text) => Date.parse(text));
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }),
        fc.constantFrom(...zones),
        (change, offset, zone) => {
          const instant = new Date(change + offset);
          expect(todayIn(instant, zone)).toBe(intlDate(instant, zone));
        },
      ),
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds and counts days across month ends, leap days and DST dates alike', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    fc.assert(
      fc.property(anyDate(), fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('writes dates in words for the customer’s locale', () => {
    expect(formatLongDate('2026-12-05', 'en-GB')).toBe('5 December 2026');
    expect(formatLongDate('2026-12-05', 'en-US')).toBe('December 5, 2026');
    expect(formatLongDate('2026-12-05', 'es-ES')).toBe('5 de diciembre de 2026');
  });
});
