// Which portal and user a card request is for comes only from its signed URL: the card puts
// portalId and userId there from its context (HubSpot's docs promise neither on hubspot.fetch;
// https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data),
// and X-HubSpot-Signature-v3 covers the whole URL, query included
// (https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation).
import { describe, expect, it } from '@jest/globals';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

const codeOf = (body: unknown) => apiErrorReplySchema.parse(body).error.code;

describe('the portal a card request is for', () => {
  it('serves a request whose portalId comes twice with the same value (card and HubSpot both add it)', async () => {
    const path = `/api/contacts/503/collections?portalId=${h.world.portalId}`;
    expect((await h.call('GET', path)).status).toBe(200);
  });

  it('refuses a request whose two portalIds disagree', async () => {
    const reply = await h.call('GET', `/api/contacts/503/collections?portalId=999`);
    expect(reply.status).toBe(401);
    expect(codeOf(reply.body)).toBe('unauthorized');
  });

  it('refuses a request naming no portal', async () => {
    const reply = await h.call('GET', '/api/contacts/503/collections', {
      query: { portalId: '' },
    });
    expect(reply.status).toBe(401);
  });

  it('answers not-installed for a signed request naming a portal that never installed Tactful', async () => {
    const reply = await h.call('GET', '/api/contacts/503/collections', {
      query: { portalId: '777' },
    });
    expect(reply.status).toBe(403);
    expect(codeOf(reply.body)).toBe('not-installed');
  });

  it('trusts no user whose two userIds disagree: the save is refused and HubSpot is not asked', async () => {
    const reply = await h.call('PUT', '/api/settings?userId=3002', {
      body: { settings: {} },
    });
    expect(reply.status).toBe(403);
    expect(codeOf(reply.body)).toBe('forbidden');
    expect(h.world.requests.some((request) => request.includes('/settings/v3/users/'))).toBe(false);
  });

  it('refuses a portalId changed after signing', async () => {
    const signed = await h.call('GET', '/api/contacts/503/collections');
    expect(signed.status).toBe(200);
    const tampered = await h.call('GET', '/api/contacts/503/collections', { tamper: 'path' });
    expect(tampered.status).toBe(401);
  });
});
