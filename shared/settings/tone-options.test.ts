import { describe, expect, it } from '@jest/globals';
import { checkTone, defaultBlockCategories, toneCategories } from '../tone';
import { blockableToneCategories, defaultSettings } from './settings';
import { toToneOptions } from './tone-options';

describe('tone settings', () => {
  it('offers every tone category except positive signals', () => {
    expect([...blockableToneCategories].sort()).toEqual(
      toneCategories.filter((category) => category !== 'positive').sort(),
    );
  });

  it('blocks by default what the tone check blocks by default', () => {
    expect([...defaultSettings.tone.blockCategories].sort()).toEqual(
      [...defaultBlockCategories].sort(),
    );
  });

  it("applies the admin's block list and company phrases to a draft", () => {
    const options = toToneOptions({
      ...defaultSettings.tone,
      blockCategories: ['jargon'],
      flagPhrases: ['final demand'],
    });
    const result = checkTone('This is our final demand. Your account is in arrears.', {
      ...options,
      locale: 'en',
    });
    expect(result.findings.map((finding) => finding.excerpt)).toEqual(
      expect.arrayContaining(['final demand', 'in arrears']),
    );
    expect(result.verdict).toBe('block');
  });
});
