import { describe, expect, it } from '@jest/globals';
import Holidays from 'date-holidays';
import { nextPaymentDay, noClosedDays } from './closed-days';
import { holidayCountries, isHolidayCountry } from './holiday-countries';
import { closedDays } from './holidays';

function closed(source: Parameters<typeof closedDays>[0]) {
  const result = closedDays(source);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('closed days: public holidays and company closures', () => {
  it('knows US federal holidays: 15 February 2027 is Washington’s Birthday', () => {
    const us = closed({ holidays: 'US' });
    expect(us.isClosed('2027-02-15')).toBe(true);
    expect(us.isClosed('2027-07-05')).toBe(true); // Independence Day, observed on the Monday
    expect(us.isClosed('2027-02-16')).toBe(false);
    expect(nextPaymentDay('2027-02-13', us, true)).toBe('2027-02-16');
  });

  it('reads a region: Scotland’s 2 January and St Andrew’s Day, not England’s Easter Monday', () => {
    const scotland = closed({ holidays: 'GB-SCT' });
    const england = closed({ holidays: 'gb-eng' });
    expect(scotland.isClosed('2027-01-04')).toBe(true); // 2 January is a Saturday: Monday 4th
    expect(england.isClosed('2027-03-29')).toBe(true);
    expect(scotland.isClosed('2027-03-29')).toBe(false);
    expect(england.isClosed('2027-11-30')).toBe(false);
    expect(scotland.isClosed('2027-11-30')).toBe(true);
  });

  it('does not close on observances such as Mother’s Day or Easter Sunday', () => {
    // Easter Sunday 2027 is 28 March; a Sunday, so only a weekend when weekends roll.
    const gb = closed({ holidays: 'GB-ENG' });
    expect(gb.isClosed('2027-03-28')).toBe(false);
    expect(gb.isClosed('2027-03-07')).toBe(false);
  });

  it('closes on the company’s own closure days, with or without a country', () => {
    const company = closed({ closures: ['2026-12-24', '2026-12-28'] });
    expect(company.isClosed('2026-12-24')).toBe(true);
    expect(company.isClosed('2026-12-25')).toBe(false);
    expect(nextPaymentDay('2026-12-24', company, true)).toBe('2026-12-25');
    expect(nextPaymentDay('2026-12-26', company, true)).toBe('2026-12-29');
    const withUs = closed({ holidays: 'US', closures: ['2026-12-24'] });
    expect(nextPaymentDay('2026-12-24', withUs, true)).toBe('2026-12-28');
    expect(nextPaymentDay('2026-12-26', withUs, false)).toBe('2026-12-26');
  });

  it('names an unknown country or region instead of guessing', () => {
    expect(closedDays({ holidays: 'XX' })).toEqual({
      ok: false,
      error: { code: 'unknown-holiday-country', holidays: 'XX' },
    });
    expect(closedDays({ holidays: 'US-ZZ' })).toEqual({
      ok: false,
      error: { code: 'unknown-holiday-region', holidays: 'US-ZZ' },
    });
    expect(closedDays({ holidays: 'US-CA-X' })).toMatchObject({ ok: false });
  });

  it('with no country and no closures, only weekends move a payment', () => {
    const none = closed({});
    expect(none.isClosed('2027-02-15')).toBe(false);
    expect(nextPaymentDay('2027-02-13', noClosedDays, true)).toBe('2027-02-15');
  });

  it('lists exactly the countries the holiday library knows', () => {
    expect([...holidayCountries].sort()).toEqual(Object.keys(new Holidays().getCountries()).sort());
    expect(isHolidayCountry('ES')).toBe(true);
    expect(isHolidayCountry('XX')).toBe(false);
  });
});
