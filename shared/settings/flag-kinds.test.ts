import { describe, expect, it } from '@jest/globals';
import { flagKinds } from '../history/events';
import { effectiveQuietHours } from '../history/guards';
import { flagKindOf } from './flag-kinds';
import { contactFlags, defaultSettings } from './settings';

describe('settings and contact guards', () => {
  it('maps a host field for every flag the contact guards know, and only those', () => {
    expect(contactFlags.map((flag) => flagKindOf[flag]).sort()).toEqual([...flagKinds].sort());
  });

  it('gives the guards contact hours they apply as they are', () => {
    expect(effectiveQuietHours(defaultSettings.contact.contactHours)).toEqual({
      start: 8 * 60,
      end: 21 * 60,
    });
  });
});
