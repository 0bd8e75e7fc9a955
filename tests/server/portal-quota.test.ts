// Per-portal quotas on our own endpoints: one HubSpot account sending too much gets 429 with
// Retry-After, and the other accounts are served as before.
import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { createPortalQuota } from '../../apps/hubspot/server/http/portalQuota';
import { signRequestV3 } from '../../apps/hubspot/server/signature';
import { clientSecret, publicBaseUrl, startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('per-portal request quota', () => {
  it('refuses a portal over its quota with 429 and Retry-After, and lets it in again later', async () => {
    h = await startHarness({ portalRequestsPerMinute: 3 }, { frozenClock: true });
    expect((await h.install()).status).toBe(200);
    for (let i = 0; i < 3; i += 1)
      expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    const over = await h.backend.app.inject({
      method: 'GET',
      url: `/api/contacts/503/collections?portalId=${h.world.portalId}`,
    });
    // Unsigned requests are refused before the quota: only the portal can use it up.
    expect(over.statusCode).toBe(401);
    const refused = await h.call('GET', '/api/contacts/503/collections');
    expect(refused.status).toBe(429);
    const error = apiErrorReplySchema.parse(refused.body).error;
    expect(error.code).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBe(20);

    // Another portal is not held back by the first one's traffic.
    const other = await h.call('GET', '/api/contacts/503/collections', {
      query: { portalId: '777777' },
    });
    expect(other.status).not.toBe(429);

    h.advance(20_000);
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  });

  it('sends Retry-After as a header too', async () => {
    h = await startHarness({ portalRequestsPerMinute: 1 }, { frozenClock: true });
    await h.call('GET', '/api/settings');
    const path = `/api/settings?portalId=${h.world.portalId}&userId=3001`;
    const timestamp = String(h.now());
    const reply = await h.backend.app.inject({
      method: 'GET',
      url: path,
      headers: {
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3': signRequestV3(
          { method: 'GET', url: `${publicBaseUrl}${path}`, body: '', timestamp },
          clientSecret,
        ),
      },
    });
    expect(reply.statusCode).toBe(429);
    expect(reply.headers['retry-after']).toBe('60');
  });

  it('never lets a portal exceed its quota in any minute (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 300 }),
        (perMinute, gaps) => {
          let clock = 0;
          const quota = createPortalQuota({ perMinute, now: () => clock });
          const granted: number[] = [];
          for (const gap of gaps) {
            clock += gap;
            if (quota.take(1).ok) granted.push(clock);
          }
          // A full bucket plus what refills in a minute: at most twice the quota in any 60 s.
          for (const start of granted) {
            const inWindow = granted.filter((t) => t >= start && t < start + 60_000).length;
            expect(inWindow).toBeLessThanOrEqual(2 * perMinute);
          }
        },
      ),
    );
  });
});
