// What /webhooks/hubspot accepts: HubSpot's webhook batches only. A request signed like a card
// request (hubspot.fetch uses the same secret) or an event without the fields HubSpot always sends
// erases nothing.
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { installedHarnessEachTest, postWebhook, startHarness, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness), { appId: '4242' });

/** Posts a body to the webhook URL (plus `query`), signed with the app's secret. */
const post = (body: unknown, query = '') => postWebhook(h, body, query);

const uninstall = (overrides: Record<string, unknown> = {}) => ({
  eventId: 1001,
  subscriptionId: 77,
  portalId: h.world.portalId,
  appId: 4242,
  occurredAt: h.now(),
  subscriptionType: 'app.uninstall',
  attemptNumber: 0,
  ...overrides,
});

const stillInstalled = async () =>
  (await h.backend.store.getInstallation(h.world.portalId)) !== undefined;

describe('HubSpot webhooks', () => {
  it('erases the account on a genuine uninstall event', async () => {
    expect((await post([uninstall()])).status).toBe(204);
    expect(await stillInstalled()).toBe(false);
  });

  it('refuses a request signed like a card request (hubspot.fetch adds the portal and user)', async () => {
    const query = `?userId=3001&portalId=${h.world.portalId}&userEmail=a%40b.example&appId=4242`;
    const reply = await post([uninstall()], query);
    expect(reply.status).toBe(401);
    expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('unauthorized');
    expect(await stillInstalled()).toBe(true);
  });

  it.each([
    ['an object instead of a batch', () => uninstall()],
    ['an empty batch', () => []],
    ['an event without an event id', () => [{ ...uninstall(), eventId: undefined }]],
    ['an event without occurredAt', () => [{ ...uninstall(), occurredAt: undefined }]],
    ['an event without an app id', () => [{ ...uninstall(), appId: undefined }]],
    ['an event for another app', () => [uninstall({ appId: 9999 })]],
    ['a portal id that is not a number', () => [uninstall({ portalId: 'all' })]],
    [
      'a contact deletion without the contact',
      () => [uninstall({ subscriptionType: 'contact.deletion' })],
    ],
  ])('refuses %s and erases nothing', async (_name, body) => {
    const reply = await post(body());
    expect(reply.status).toBe(400);
    expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('bad-request');
    expect(await stillInstalled()).toBe(true);
  });

  it('checks every event of a batch before erasing anything', async () => {
    const reply = await post([uninstall(), uninstall({ eventId: 1002, appId: 9999 })]);
    expect(reply.status).toBe(400);
    expect(await stillInstalled()).toBe(true);
  });

  it('takes any app id when none is configured', async () => {
    const other = await startHarness({ encryptionKey: randomBytes(32) });
    try {
      await other.install();
      const reply = await postWebhook(other, [
        uninstall({ appId: 31337, portalId: other.world.portalId }),
      ]);
      expect(reply.status).toBe(204);
    } finally {
      await other.close();
    }
  });
});
