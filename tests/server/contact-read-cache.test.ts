// The card's contact reads are kept a few seconds in the backend's memory (apps/hubspot/server/
// cache): what agents notice is that the card keeps answering when many of them open the same
// contact, that their own writes show at once, and that a change made in HubSpot shows within the
// TTL. HubSpot calls are counted at the mock portal (its request log), the clock is moved, never
// waited for.
import { describe, expect, it } from '@jest/globals';
import {
  contactCollectionsSchema,
  engagementPageSchema,
  promiseWriteReplySchema,
} from '../../apps/hubspot/contract';
import { defaultContactReadTtlMs } from '../../apps/hubspot/server/cache/contactReads';
import { promiseWriteJson } from '../../shared/testing/factories';
import { installedHarnessEachTest, postWebhook, setDisputeFlag, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => {
  h = harness;
});

/** HubSpot API calls the mock portal has served (token requests aside). */
const hubspotCalls = () => h.world.requests.filter((r) => r.includes(' /crm/')).length;

const history = async (contactId: string) => {
  const reply = await h.call('GET', `/api/contacts/${contactId}/engagements`);
  expect(reply.status).toBe(200);
  return engagementPageSchema.parse(reply.body);
};

const collections = async (contactId: string) => {
  const reply = await h.call('GET', `/api/contacts/${contactId}/collections`);
  expect(reply.status).toBe(200);
  return contactCollectionsSchema.parse(reply.body);
};

describe("the card's contact reads, kept briefly in memory", () => {
  it('answers twenty agents opening the same history at once with one page of HubSpot calls', async () => {
    const before = hubspotCalls();
    const first = await history('502');
    const onePage = hubspotCalls() - before;
    expect(onePage).toBeGreaterThan(0);

    h.advance(defaultContactReadTtlMs); // the first answer has expired
    const atOnce = await Promise.all(
      Array.from({ length: 20 }, () => h.call('GET', '/api/contacts/502/engagements')),
    );
    expect(atOnce.map((reply) => reply.status)).toEqual(Array(20).fill(200));
    expect(atOnce.map((reply) => reply.body)).toEqual(Array(20).fill(first));
    expect(hubspotCalls() - before).toBe(2 * onePage);
  });

  it('serves a repeated read from memory until the TTL, then shows what changed in HubSpot', async () => {
    const before = await collections('503');
    const calls = hubspotCalls();
    // Someone edits the balance in HubSpot itself: nothing tells us.
    const contact = h.world.contacts.get('503');
    if (!contact) throw new Error('seed contact 503 is missing');
    contact.properties.tactful_balance = '1234.50';

    // The harness clock is the real one moved by `advance`, so "just before the TTL" is half of it.
    h.advance(defaultContactReadTtlMs / 2);
    expect(await collections('503')).toEqual(before);
    expect(hubspotCalls()).toBe(calls);

    h.advance(defaultContactReadTtlMs / 2);
    expect((await collections('503')).balance?.amount).toBe('1234.50');
    expect(hubspotCalls()).toBeGreaterThan(calls);
  });

  it("shows the agent's own promise in the history at once", async () => {
    const before = await history('502');
    const written = promiseWriteReplySchema.parse(
      (
        await h.call('POST', '/api/contacts/502/promises', {
          body: promiseWriteJson('promise-cache-0001'),
        })
      ).body,
    );
    const after = await history('502');
    expect(after.engagements.length).toBeGreaterThan(before.engagements.length);
    expect(after.engagements.map((e) => e.id)).toContain(written.noteId);
  });

  it("shows the agent's own flag on the collections view at once, and leaves other contacts cached", async () => {
    expect((await collections('506')).flags).toEqual([]);
    await history('502');
    const set = await setDisputeFlag(h, 'flag-cache-0001');
    expect(set.status).toBe(200);
    expect((await collections('506')).flags.map((flag) => flag.kind)).toEqual(['dispute']);

    const calls = hubspotCalls();
    await history('502');
    expect(hubspotCalls()).toBe(calls);
  });

  it('forgets a contact HubSpot says was deleted', async () => {
    await history('505');
    const calls = hubspotCalls();
    const deletion = await postWebhook(h, [
      {
        eventId: 1,
        subscriptionType: 'contact.privacyDeletion',
        portalId: h.world.portalId,
        appId: 4242,
        occurredAt: h.now(),
        objectId: 505,
      },
    ]);
    expect(deletion.status).toBe(204);
    await history('505');
    expect(hubspotCalls()).toBeGreaterThan(calls);
  });
});
