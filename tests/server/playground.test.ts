// The playground's HubSpot path over real loopback sockets: mock HubSpot HTTP server, our backend
// installed through the OAuth flow, and hubspot.fetch-style signed requests.
import { describe, expect, it } from '@jest/globals';
import { contactCollectionsSchema, engagementPageSchema } from '../../apps/hubspot/contract';
import type { HubSpotPlayground } from '../../mocks/hubspot/playground';
import { hubspotPlaygroundForTests } from './playground-per-file';

let playground: HubSpotPlayground;
hubspotPlaygroundForTests((started) => (playground = started));

describe('HubSpot playground', () => {
  it('serves the seeded contacts through the installed backend', async () => {
    const reply = await playground.hubspotFetch(
      playground.cardPath('/api/contacts/502/collections'),
    );
    expect(reply.status).toBe(200);
    const collections = contactCollectionsSchema.parse(await reply.json());
    expect(collections.balance).toEqual({ amount: '840.50', currency: 'EUR' });
    const history = await playground.hubspotFetch(
      playground.cardPath('/api/contacts/502/engagements?limit=5'),
    );
    expect(engagementPageSchema.parse(await history.json()).engagements.length).toBeGreaterThan(0);
  });

  it('refuses what hubspot.fetch did not sign', async () => {
    const reply = await fetch(
      `${playground.backendUrl}/api/contacts/502/collections?portalId=${playground.portalId}`,
    );
    expect(reply.status).toBe(401);
  });
});
