import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dateParts, daysBetween, daysInMonth, type PlainDate } from '../calendar/calendar';
import { noClosedDays } from '../calendar/closed-days';
import { dueDate, everyDay, nominalDueDate, semimonthlyAnchors } from './schedule';

const dates = (
  first: PlainDate,
  frequency: Parameters<typeof dueDate>[1],
  count: number,
  roll = false,
) =>
  Array.from({ length: count }, (_, i) =>
    dueDate(first, frequency, i, roll ? { closed: noClosedDays, skipWeekends: true } : everyDay),
  );

describe('schedules on real calendars', () => {
  // Each schedule is its first due date, its frequency and what it gives (rolled off weekends or not).
  it.each<[string, PlainDate, Parameters<typeof dueDate>[1], boolean, string]>([
    // 28/29 February, then back to the 31st.
    [
      'monthly from 31 January',
      '2027-01-31',
      'monthly',
      false,
      '2027-01-31 2027-02-28 2027-03-31 2027-04-30',
    ],
    [
      'monthly from 31 January in a leap year',
      '2028-01-31',
      'monthly',
      false,
      '2028-01-31 2028-02-29',
    ],
    // Twice a month on the 1st and 15th, or an anchor pair two weeks apart.
    [
      'twice a month from the 1st',
      '2026-12-01',
      'semimonthly',
      false,
      '2026-12-01 2026-12-15 2027-01-01 2027-01-15',
    ],
    [
      'twice a month from the 15th',
      '2026-12-15',
      'semimonthly',
      false,
      '2026-12-15 2027-01-01 2027-01-15',
    ],
    [
      'twice a month from the 31st',
      '2027-01-31',
      'semimonthly',
      false,
      '2027-01-31 2027-02-17 2027-02-28 2027-03-17',
    ],
    // Weekly and every two weeks count calendar days: US clocks change on 8 March and 1 November
    // 2026, and the dates stay seven days apart.
    [
      'weekly across a DST change',
      '2026-03-01',
      'weekly',
      false,
      '2026-03-01 2026-03-08 2026-03-15',
    ],
    [
      'every two weeks across a DST change',
      '2026-10-25',
      'biweekly',
      false,
      '2026-10-25 2026-11-08 2026-11-22',
    ],
    // 31 January 2027 is a Sunday; 28 February 2027 a Sunday too: rolled to Monday.
    [
      'monthly rolled off weekends as the policy says',
      '2027-01-31',
      'monthly',
      true,
      '2027-02-01 2027-03-01 2027-03-31',
    ],
  ])('%s from %s (%s)', (_, first, frequency, roll, expected) => {
    const want = expected.split(' ');
    expect(dates(first, frequency, want.length, roll)).toEqual(want);
  });

  it('twice a month anchors a 5th on the 5th and the 19th', () => {
    expect(semimonthlyAnchors('2026-12-05')).toEqual({ early: 5, late: 19 });
  });

  it('twice a month gives two dates in every month, on its anchors or the month’s end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const first =
            `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}` as PlainDate;
          const { early, late } = semimonthlyAnchors(first);
          const schedule = Array.from({ length: 25 }, (_, i) =>
            nominalDueDate(first, 'semimonthly', i),
          );
          const months = new Map<string, number>();
          for (const due of schedule) {
            const parts = dateParts(due);
            const last = daysInMonth(parts.year, parts.month);
            expect([Math.min(early, last), Math.min(late, last)]).toContain(parts.day);
            months.set(due.slice(0, 7), (months.get(due.slice(0, 7)) ?? 0) + 1);
          }
          // Every month strictly between the first and last has both payments.
          const counts = [...months.values()].slice(1, -1);
          expect(counts.every((count) => count === 2)).toBe(true);
          expect(
            schedule.every(
              (due, i) => i === 0 || daysBetween(schedule[i - 1] as PlainDate, due) >= 10,
            ),
          ).toBe(true);
        },
      ),
    );
  });
});
