import { describe, expect, it } from '@jest/globals';
import { addDays, type PlainDate } from './calendar';
import { closedOn } from './closed-days';
import { closedDays, holidayDatesBetween } from './holidays';

// The places the plans property tests cover, on four continents.
const places = ['US', 'US-CA', 'GB-ENG', 'GB-SCT', 'DE-BY', 'ES', 'FR', 'JP', 'MX', 'AU-NSW', 'BR'];

describe('holiday dates as a list (what the HubSpot backend sends the card)', () => {
  it.each(places)('closes exactly the days closedDays closes, 2025 to 2037: %s', (place) => {
    const dates = holidayDatesBetween(place, 2025, 2037);
    const library = closedDays({ holidays: place });
    if (!dates.ok || !library.ok) throw new Error(place);
    expect(dates.value).toEqual([...dates.value].sort());
    const list = closedOn(dates.value);
    const differ: PlainDate[] = [];
    for (let day: PlainDate = '2025-01-01'; day <= '2037-12-31'; day = addDays(day, 1)) {
      if (list.isClosed(day) !== library.value.isClosed(day)) differ.push(day);
    }
    expect(differ).toEqual([]);
  });

  it('names an unknown country or region, as closedDays does', () => {
    expect(holidayDatesBetween('XX', 2026, 2027)).toEqual({
      ok: false,
      error: { code: 'unknown-holiday-country', holidays: 'XX' },
    });
    expect(holidayDatesBetween(' us-zz ', 2026, 2027)).toEqual({
      ok: false,
      error: { code: 'unknown-holiday-region', holidays: 'US-ZZ' },
    });
  });

  it('closedOn closes the union of its lists', () => {
    const closed = closedOn(['2027-02-15'], ['2026-12-24']);
    expect(closed.isClosed('2027-02-15')).toBe(true);
    expect(closed.isClosed('2026-12-24')).toBe(true);
    expect(closed.isClosed('2026-12-25')).toBe(false);
  });
});
