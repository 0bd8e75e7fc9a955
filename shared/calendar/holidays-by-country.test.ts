import { beforeAll, describe, expect, it } from '@jest/globals';
import { splitHolidayData } from '../../scripts/split-holidays';
import { addDays, type PlainDate } from './calendar';
import { holidayCountries } from './holiday-countries';
import { closedDays } from './holidays';
import { loadClosedDays } from './holidays-by-country';

// The places the plans property tests cover, on four continents.
const places = ['US', 'US-CA', 'GB-ENG', 'GB-SCT', 'DE-BY', 'ES', 'FR', 'JP', 'MX', 'AU-NSW', 'BR'];

beforeAll(() => {
  splitHolidayData();
});

/** The days in [from, to] on which one country's data and the whole world's disagree. */
async function disagreements(holidays: string, from: PlainDate, to: PlainDate) {
  const one = await loadClosedDays({ holidays });
  const all = closedDays({ holidays });
  if (!one.ok || !all.ok) throw new Error(holidays);
  const differ: PlainDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (one.value.isClosed(day) !== all.value.isClosed(day)) differ.push(day);
  }
  return differ;
}

describe('closed days from one country’s holiday data (the Zendesk app’s lazy chunk)', () => {
  it.each(places)('closes exactly the days closedDays closes, 2025 to 2036: %s', async (place) => {
    expect(await disagreements(place, '2025-01-01', '2036-12-31')).toEqual([]);
  });

  it('agrees with the whole world’s data for every country it knows, in 2027', async () => {
    const differ: string[] = [];
    for (const country of holidayCountries) {
      const days = await disagreements(country, '2027-01-01', '2027-12-31');
      if (days.length > 0) differ.push(`${country}: ${days.join(' ')}`);
    }
    expect(differ).toEqual([]);
  });

  it('names an unknown country or region, and keeps closure days without a country', async () => {
    for (const holidays of ['XX', 'US-ZZ', 'US-CA-X', '../US']) {
      expect(await loadClosedDays({ holidays })).toEqual(closedDays({ holidays }));
    }
    const company = await loadClosedDays({ closures: ['2026-12-24'] });
    expect(company.ok && company.value.isClosed('2026-12-24')).toBe(true);
    const withUs = await loadClosedDays({ holidays: ' us ', closures: ['2026-12-24'] });
    expect(withUs.ok && withUs.value.isClosed('2027-02-15')).toBe(true);
  });
});
