import { describe, expect, it } from '@jest/globals';
import { isoWeekOf, startOfLastWeeks, weeksBetween } from './weeks';

describe('ISO weeks', () => {
  it('puts the days around New Year in the week of their Thursday', () => {
    expect(isoWeekOf('2027-01-01').label).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toEqual({ label: '2027-W01', monday: '2027-01-04' });
    expect(isoWeekOf('2024-12-30').label).toBe('2025-W01');
    expect(isoWeekOf('2026-11-29')).toEqual({ label: '2026-W48', monday: '2026-11-23' });
  });

  it('lists every week that overlaps a range, and the 12 weeks ending this week', () => {
    expect(weeksBetween('2026-11-25', '2026-12-07').map((week) => week.label)).toEqual([
      '2026-W48',
      '2026-W49',
      '2026-W50',
    ]);
    const from = startOfLastWeeks('2026-11-25', 12);
    expect(from).toBe('2026-09-07');
    expect(weeksBetween(from, '2026-11-25')).toHaveLength(12);
  });
});
