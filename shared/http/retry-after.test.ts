import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { maxRetryAfterMs, retryAfterMs, retryAfterSeconds } from './retry-after';

const now = Date.UTC(2026, 10, 27, 13, 0, 0);
// Whole seconds from 1970 to 9999: the years an IMF-fixdate can spell.
const lastSecond = 253_402_300_799;
const instant = fc.integer({ min: 0, max: lastSecond }).map((s) => s * 1000);

describe('Retry-After', () => {
  it('reads delay-seconds, fractions rounded up to the millisecond', () => {
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs(' 2 ', now)).toBe(2000);
    expect(retryAfterMs('1.5', now)).toBe(1500);
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterSeconds('1.2', now)).toBe(2);
  });

  it('reads the three HTTP date forms relative to now, and a past date as no wait', () => {
    const at = 'Fri, 27 Nov 2026 13:01:30 GMT';
    expect(retryAfterMs(at, now)).toBe(90_000);
    expect(retryAfterMs('Friday, 27-Nov-26 13:01:30 GMT', now)).toBe(90_000);
    expect(retryAfterMs('Fri Nov 27 13:01:30 2026', now)).toBe(90_000);
    expect(retryAfterMs('Fri Nov  7 13:00:00 2026', Date.UTC(2026, 10, 7, 12, 59))).toBe(60_000);
    expect(retryAfterMs('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(0);
    expect(retryAfterSeconds('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(0);
  });

  it('gives undefined for what is not a Retry-After', () => {
    for (const value of [null, undefined, '', '  ', '-5', '1e3', 'soon', '0x10', '5 s', '.5']) {
      expect(retryAfterMs(value, now)).toBeUndefined();
    }
    // Dates that do not exist are not rolled over into the next month or day.
    expect(retryAfterMs('Tue, 31 Feb 2026 10:00:00 GMT', now)).toBeUndefined();
    expect(retryAfterMs('Fri, 27 Nov 2026 25:00:00 GMT', now)).toBeUndefined();
    expect(retryAfterMs('Fri, 27 Nov 2026 13:01:30 CET', now)).toBeUndefined();
  });

  it('property: any value and any now give undefined or a wait within [0, one day]', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{1,30}(\.\d{1,5})?$/)),
        instant,
        (value, at) => {
          const ms = retryAfterMs(value, at);
          if (ms !== undefined) {
            expect(ms).toBeGreaterThanOrEqual(0);
            expect(ms).toBeLessThanOrEqual(maxRetryAfterMs);
            expect(retryAfterSeconds(value, at)).toBe(Math.ceil(ms / 1000));
          }
        },
      ),
    );
  });

  it('property: delay-seconds give that many seconds, capped at a day', () => {
    fc.assert(
      fc.property(fc.nat(), instant, (seconds, at) => {
        expect(retryAfterSeconds(String(seconds), at)).toBe(Math.min(seconds, 86_400));
      }),
    );
  });

  it('property: an IMF-fixdate gives the time until it, never negative, capped at a day', () => {
    fc.assert(
      fc.property(instant, instant, (date, at) => {
        const header = new Date(date).toUTCString();
        expect(retryAfterMs(header, at)).toBe(Math.min(maxRetryAfterMs, Math.max(0, date - at)));
      }),
    );
  });

  it('property: a date within the next day is waited out to the second', () => {
    const early = fc.integer({ min: 0, max: lastSecond - 86_400 }).map((s) => s * 1000);
    fc.assert(
      fc.property(early, fc.integer({ min: 0, max: 86_400 }), (at, ahead) => {
        const header = new Date(at + ahead * 1000).toUTCString();
        expect(retryAfterSeconds(header, at)).toBe(ahead);
      }),
    );
  });
});
