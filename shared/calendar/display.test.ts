import { describe, expect, it } from '@jest/globals';
import { formatDate, formatMoment } from './display';

describe('one date format for what a user reads', () => {
  it('writes dates and moments alike, with the year, in the reader’s locale', () => {
    expect(formatDate('2027-01-25', 'en-US')).toBe('Jan 25, 2027');
    expect(formatMoment('2027-01-25T18:00:00Z', 'America/Chicago', 'en-US')).toBe(
      'Jan 25, 2027, 12:00 PM CST',
    );
    expect(formatDate('2027-01-25', 'es-ES')).toBe('25 ene 2027');
    expect(formatMoment('2027-01-25T18:00:00Z', 'Europe/Madrid', 'es-ES')).toMatch(
      /^25 ene 2027, 19:00 /,
    );
  });

  it('leaves a date it cannot read as it was given', () => {
    expect(formatDate('2027-13-45', 'en-US')).toBe('2027-13-45');
  });
});
