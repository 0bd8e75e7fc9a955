import { describe, expect, it } from '@jest/globals';
import { createPortalLimiter } from './limiter';

describe('per-portal limiter', () => {
  it('lets 110 requests through in 10 s, then waits for the window to roll, per portal', async () => {
    let now = 1_000_000;
    const waits: number[] = [];
    const limiter = createPortalLimiter({
      limit: 110,
      windowMs: 10_000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    for (let i = 0; i < 110; i += 1)
      expect(await limiter.acquire(1, now + 15_000)).toEqual({ ok: true });
    expect(waits).toEqual([]);
    expect(await limiter.acquire(2, now + 15_000)).toEqual({ ok: true });
    expect(await limiter.acquire(1, now + 15_000)).toEqual({ ok: true });
    expect(waits).toEqual([10_001]);
  });

  it('refuses instead of waiting past the deadline', async () => {
    const now = 5_000;
    const limiter = createPortalLimiter({
      limit: 1,
      windowMs: 10_000,
      now: () => now,
      sleep: async () => {},
    });
    await limiter.acquire(1, now + 1000);
    expect(await limiter.acquire(1, now + 1000)).toEqual({ ok: false, waitMs: 10_001 });
  });
});
