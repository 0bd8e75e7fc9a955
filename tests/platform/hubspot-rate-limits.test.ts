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
// How the backend keeps a busy portal within it is ours, not HubSpot's: the limiter queues each
// call for a slot, and the card's contact reads are kept 10 s in memory (apps/hubspot/server/cache).
import { describe, expect, it } from '@jest/globals';
import { createLocalCoordination } from '../../apps/hubspot/server/coordination/coordination';
import { hubspotBurstLimit } from '../../apps/hubspot/server/hubspot/limiter';
import { installedHarnessEachTest, type Harness } from '../server/harness';

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

describe('a busy portal within the burst limit', () => {
  let h: Harness;
  installedHarnessEachTest((harness) => {
    h = harness;
  });

  it('answers 400 card reads by 20 agents over 10 s with at most 110 HubSpot calls', async () => {
    const callsBefore = h.world.requests.filter((r) => r.includes(' /crm/')).length;
    const statuses: number[] = [];
    for (let step = 0; step < 20; step += 1) {
      // Twenty agents at once, on six contacts, some on the history and some on the balance.
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, agent) =>
          h.call(
            'GET',
            `/api/contacts/${501 + (agent % 6)}/${agent % 2 === 0 ? 'engagements' : 'collections'}`,
          ),
        ),
      );
      statuses.push(...replies.map((reply) => reply.status));
      h.advance(hubspotBurstLimit.windowMs / 20);
    }
    expect(statuses).toEqual(Array(400).fill(200));
    const calls = h.world.requests.filter((r) => r.includes(' /crm/')).length - callsBefore;
    expect(calls).toBeLessThanOrEqual(hubspotBurstLimit.limit);
  });
});
