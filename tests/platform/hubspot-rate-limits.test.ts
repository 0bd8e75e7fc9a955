// HubSpot's burst limit for apps using OAuth, as the backend keeps it. Sources:
//   USAGE     = https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines
//               ("Rate limits": the calls an app may make depend on the account it is installed in;
//               apps using OAuth are limited per installing account over a rolling 10 seconds)
//   CHANGELOG = https://developers.hubspot.com/changelog/increasing-our-api-limits (the increase
//               that changed "the limits for public apps"; earlier pages, e.g.
//               https://developers.hubspot.com/apisbytier, say 100 requests per 10 seconds)
// The figure 110 itself could not be read in the copies of these pages available to us: it is
// unverified (README, "HubSpot backend"), and the limiter takes it from one constant.
// The 429 body's policyName TEN_SECONDLY_ROLLING (mocks/hubspot/fleet.ts) is from the same pages.
import { describe, expect, it } from '@jest/globals';
import { createLocalCoordination } from '../../apps/hubspot/server/coordination/coordination';
import { hubspotBurstLimit } from '../../apps/hubspot/server/hubspot/limiter';

describe('HubSpot burst limit for OAuth apps', () => {
  it('is 110 requests in any 10 seconds per installed account (USAGE, CHANGELOG; unverified figure)', () => {
    expect(hubspotBurstLimit).toEqual({ limit: 110, windowMs: 10_000 });
  });

  it('is what the backend allows one account, and no more, within 10 seconds', async () => {
    let now = 1_000_000;
    const { limiter } = createLocalCoordination({
      ...hubspotBurstLimit,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    const deadline = now + 9_999;
    const granted = [];
    for (let call = 0; call < 120; call += 1) granted.push(await limiter.acquire(7, deadline));
    expect(granted.filter((answer) => answer.ok)).toHaveLength(110);
    // Another account has its own 110.
    expect(await limiter.acquire(8, deadline)).toEqual({ ok: true });
  });
});
