import { describe, expect, it } from '@jest/globals';
import { messageReader } from './reader';

// Friday 27 November in Chicago, already Saturday 28 November in UTC.
const now = new Date('2026-11-28T03:30:00Z');
const message = 'I lost some hours at work and could not pay. I can pay 50 next Friday.';

describe('messageReader: a customer’s messages read the same on both hosts', () => {
  it('reads in the customer’s language, dating and pricing a promise in their zone and currency', () => {
    const reader = messageReader(
      { language: 'en-US', timeZone: 'America/Chicago', currency: 'EUR' },
      now,
    );
    expect(reader.today).toBe('2026-11-27');
    const { commentId, reading } = reader.read('c1', message);
    expect(commentId).toBe('c1');
    expect(reading.locale).toBe('en');
    expect(reading.signals.map((signal) => signal.kind)).toEqual(['hardship', 'promise']);
    expect(reading.signals[1]).toMatchObject({
      amount: { minor: 5000, currency: 'EUR' },
      date: '2026-12-04',
    });
  });

  it('takes today in UTC when the zone is unknown or not a real one', () => {
    expect(messageReader({}, now).today).toBe('2026-11-28');
    expect(messageReader({ timeZone: 'Mars/Olympus' }, now).today).toBe('2026-11-28');
  });

  it('reads a Spanish customer’s words with the Spanish rules', () => {
    const { reading } = messageReader({ language: 'es-MX' }, now).read('c2', 'No puedo pagar.');
    expect(reading.locale).toBe('es');
  });

  it('dates a promise from the day the message was written, not the day it is read', () => {
    const reader = messageReader({ language: 'en', timeZone: 'America/Chicago' }, now);
    // Written on Monday 16 November: "on Friday" is the 20th, already past when read on the 27th.
    const written = reader.read('c3', 'I can pay 50 on Friday.', '2026-11-16T15:00:00Z');
    expect(written.reading.signals.find((signal) => signal.kind === 'promise')).toMatchObject({
      date: '2026-11-20',
    });
    // No date, a bad one, or one after now: read as of now.
    for (const writtenAt of [undefined, 'yesterday-ish', '2027-01-01T00:00:00Z']) {
      const { reading } = reader.read('c4', 'I can pay 50 on Friday.', writtenAt);
      expect(reading.signals.find((signal) => signal.kind === 'promise')).toMatchObject({
        date: '2026-12-04',
      });
    }
  });
});
