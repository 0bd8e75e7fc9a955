// Who may change the portal's Tactful settings: a HubSpot super admin, as HubSpot says for the
// user hubspot.fetch signed for, never what the request body claims. And no uninstall endpoint the
// card never calls.
import { describe, expect, it } from '@jest/globals';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

const settings = { policy: { minInstalment: '25.00', maxTermMonths: 12 } };
const userLookups = (userId: string) =>
  h.world.requests.filter((r) => r === `GET /settings/v3/users/${userId}`).length;
const stored = () => h.backend.store.getSettings(h.world.portalId);

describe('settings writes', () => {
  it('lets a super admin save settings', async () => {
    const reply = await h.call('PUT', '/api/settings', { body: { settings } });
    expect(reply.status).toBe(200);
    expect(JSON.parse((await stored()) ?? '{}')).toEqual(settings);
  });

  it('refuses a user without the right to manage apps, whatever the body says', async () => {
    const reply = await h.call('PUT', '/api/settings', {
      body: { settings, user: { permissions: ['integrations-management-write'] } },
      query: { userId: '3002' },
    });
    expect(reply.status).toBe(403);
    expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('forbidden');
    expect(await stored()).toBeUndefined();
    // Reading the settings stays open to every agent (the plans panel needs the policy).
    expect((await h.call('GET', '/api/settings', { query: { userId: '3002' } })).status).toBe(200);
  });

  it('refuses a signed request that names no user', async () => {
    const reply = await h.call('PUT', '/api/settings', {
      body: { settings },
      query: { userId: '' },
    });
    expect(reply.status).toBe(403);
    expect(await stored()).toBeUndefined();
  });

  it('asks HubSpot about a user once every few minutes, and sees a demotion after that', async () => {
    expect((await h.call('PUT', '/api/settings', { body: { settings } })).status).toBe(200);
    expect((await h.call('PUT', '/api/settings', { body: { settings } })).status).toBe(200);
    expect(userLookups('3001')).toBe(1);
    const admin = h.world.users.get('3001');
    if (admin) admin.superAdmin = false;
    h.advance(6 * 60 * 1000);
    expect((await h.call('PUT', '/api/settings', { body: { settings } })).status).toBe(403);
    expect(userLookups('3001')).toBe(2);
  });
});

describe('uninstall', () => {
  it('has no endpoint the card never calls: DELETE /api/installation erases nothing', async () => {
    const reply = await h.call('DELETE', '/api/installation');
    expect(reply.status).toBe(404);
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeDefined();
    expect(h.world.refreshTokens.size).toBe(1);
  });
});
