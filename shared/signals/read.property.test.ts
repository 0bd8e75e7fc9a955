/**
 * Invariants of readCustomerMessage for any text: it never throws, every signal quotes the text
 * where it points, its kind and action come from the declared vocabulary, and a promise's amount
 * is a positive whole number of minor units.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { en as catalog } from '../i18n/messages/en';
import { readCustomerMessage, signalKinds } from '.';

const words = fc.constantFrom(
  'stop',
  'calling',
  'me',
  'at',
  'work',
  'I',
  "don't",
  'owe',
  'this',
  'pay',
  '£50',
  'on',
  'Friday',
  'dejen',
  'de',
  'llamarme',
  'no',
  'debo',
  'nada',
  'pagaré',
  '1.250,50',
  '€',
  'el',
  'viernes',
  'died',
  'my',
  'father',
  'bankrupt',
  'not',
  '.',
  ',',
  '?',
  '\n',
  '> quoted',
  'ÁÉÍ',
  '😀',
);
const messages = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
);

describe('readCustomerMessage on any text', () => {
  it('quotes what it points at, with declared kinds, catalog actions and whole minor units', () => {
    fc.assert(
      fc.property(messages, fc.constantFrom('en', 'es', 'auto'), (text, locale) => {
        const { signals } = readCustomerMessage(text, {
          locale,
          today: '2026-11-27',
          timeZone: 'America/New_York',
        });
        for (const signal of signals) {
          expect(signalKinds).toContain(signal.kind);
          expect(catalog).toHaveProperty([signal.action]);
          expect(signal.start).toBeGreaterThanOrEqual(0);
          expect(signal.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(signal.start, signal.end)).toBe(signal.excerpt);
          expect(signal.confidence).toBeGreaterThan(0);
          expect(signal.confidence).toBeLessThanOrEqual(1);
          if (signal.amount !== undefined) {
            expect(Number.isSafeInteger(signal.amount.minor) && signal.amount.minor > 0).toBe(true);
          }
          if (signal.date !== undefined) expect(signal.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
