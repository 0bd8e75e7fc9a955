import { describe, expect, it } from '@jest/globals';
import { effectiveQuietHours } from '../history/guards';
import { defaultSettings } from './settings';
import { validateSettings } from './validate-settings';

describe('settings and contact guards', () => {
  it('keeps a flag field an admin saved under the old camelCase key', () => {
    const saved = validateSettings({
      fields: { flags: { doNotSms: 'sms_opt_out', breathingSpace: 'moratorium' } },
    });
    expect(saved.ok && saved.value.fields.flags).toMatchObject({
      'do-not-sms': 'sms_opt_out',
      'breathing-space': 'moratorium',
      'do-not-call': defaultSettings.fields.flags['do-not-call'],
    });
  });

  it('reads the flag kind’s own key over an old one saved beside it', () => {
    const saved = validateSettings({
      fields: { flags: { doNotCall: 'old_field', 'do-not-call': 'new_field' } },
    });
    expect(saved.ok && saved.value.fields.flags['do-not-call']).toBe('new_field');
  });

  it('gives the guards contact hours they apply as they are', () => {
    expect(effectiveQuietHours(defaultSettings.contact.contactHours)).toEqual({
      start: 8 * 60,
      end: 21 * 60,
    });
  });
});
