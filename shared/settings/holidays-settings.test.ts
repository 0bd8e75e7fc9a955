import { describe, expect, it } from '@jest/globals';
import { toClosedDaysSource } from './plan-policy';
import { defaultSettings } from './settings';
import { validateSettings } from './validate-settings';
import {
  settingsFromZendeskParameters,
  zendeskParametersFromSettings,
} from '../../apps/zendesk/host/zendesk-parameters';

const withPolicy = (policy: Record<string, unknown>) => ({
  ...defaultSettings,
  policy: { ...defaultSettings.policy, ...policy },
});

describe('holiday country and company closure days', () => {
  it('default to no country and no closures: weekends only, as before', () => {
    expect(defaultSettings.policy.holidays).toBe('');
    expect(defaultSettings.policy.closureDays).toEqual([]);
    expect(toClosedDaysSource(defaultSettings.policy)).toEqual({ closures: [] });
  });

  it('accept a country or a country and region as admins type them', () => {
    const result = validateSettings(
      withPolicy({ holidays: ' gb-sct ', closureDays: [' 2026-12-24 ', '2026-12-31'] }),
    );
    expect(result.ok && result.value.policy).toMatchObject({
      holidays: 'GB-SCT',
      closureDays: ['2026-12-24', '2026-12-31'],
    });
  });

  it('refuse an unknown country and a closure day that is not a date, saying how to fix it', () => {
    const result = validateSettings(
      withPolicy({ holidays: 'Narnia', closureDays: ['2026-02-30', '24/12/2026'] }),
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['policy.holidays', 'unknown-holiday-country'],
      ['policy.closureDays', 'not-a-date'],
      ['policy.closureDays', 'not-a-date'],
    ]);
    expect(errors[0]?.message).toMatch(/two-letter country code such as US/);
  });

  it('travel through Zendesk parameters: a text box and one closure day a line', () => {
    const settings = withPolicy({ holidays: 'US-CA', closureDays: ['2026-12-24', '2026-12-31'] });
    const params = zendeskParametersFromSettings(settings);
    expect(params).toMatchObject({
      policy_holidays: 'US-CA',
      policy_closure_days: '2026-12-24\n2026-12-31',
    });
    const read = settingsFromZendeskParameters({
      ...params,
      policy_closure_days: '2026-12-24\r\n\r\n2026-12-31\n',
    });
    expect(read.ok && read.value.policy).toMatchObject({
      holidays: 'US-CA',
      closureDays: ['2026-12-24', '2026-12-31'],
    });
  });
});
