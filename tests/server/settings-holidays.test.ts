// The backend works out the public holidays of the portal's policy.holidays and sends them with the
// settings, so the card ships no holiday library: the same dates shared/calendar/holidays closes.
import { describe, expect, it } from '@jest/globals';
import { portalHolidayYears, settingsReplySchema } from '../../apps/hubspot/contract';
import { holidayDatesBetween } from '../../shared/calendar/holidays';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

const save = (policy: Record<string, unknown>) =>
  h.call('PUT', '/api/settings', { body: { settings: { policy } } });
const read = async () => settingsReplySchema.parse((await h.call('GET', '/api/settings')).body);

describe('settings carry the holidays of policy.holidays', () => {
  it('lists every holiday of the country and region from last year to the longest plan’s end', async () => {
    expect((await save({ holidays: ' gb-sct ' })).status).toBe(200);
    const year = new Date(h.now()).getUTCFullYear();
    const fromYear = year - portalHolidayYears.before;
    const toYear = year + portalHolidayYears.after;
    const expected = holidayDatesBetween('GB-SCT', fromYear, toYear);
    if (!expected.ok) throw new Error(expected.error.code);
    const { holidays } = await read();
    expect(holidays).toEqual({ holidays: 'GB-SCT', fromYear, toYear, dates: expected.value });
  });

  it('says which code it does not know, and sends nothing when no country is set', async () => {
    await save({ holidays: 'US-ZZ' });
    expect((await read()).holidays).toEqual({ holidays: 'US-ZZ', unknown: true });
    await save({ holidays: '' });
    expect((await read()).holidays).toBeUndefined();
    await save({ maxTermMonths: 12 });
    expect((await read()).holidays).toBeUndefined();
  });
});
