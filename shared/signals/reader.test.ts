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
});
