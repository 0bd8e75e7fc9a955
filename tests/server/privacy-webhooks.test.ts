// The data-erasure webhooks as HubSpot delivers them: the webhooks component we ship
// (manifests/hubspot/src/app/webhooks/webhooks-hsmeta.json) subscribes to contact.deletion and
// contact.privacyDeletion, and HubSpot posts batches of documented events, signed with v3, to its
// targetUrl (mocks/hubspot/webhooks.ts names the sources). Our handler must erase exactly that
// contact's idempotency keys for those payloads, and the emulator refuses payloads HubSpot would
// never send.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  contactDeletionEvent,
  hubspotWebhookDelivery,
  type HubSpotWebhookEvent,
} from '../../mocks/hubspot/webhooks';
import { clientSecret, publicBaseUrl, startHarness, type Harness } from './harness';

const appId = 4242;
let h: Harness;
beforeEach(async () => {
  h = await startHarness({ appId: String(appId) });
  expect((await h.install()).status).toBe(200);
});
afterEach(async () => {
  await h.close();
});

/** The path HubSpot posts to: the shipped component's targetUrl, on the test backend. */
function targetPath(): string {
  const file = path.join(
    __dirname,
    '../../manifests/hubspot/src/app/webhooks/webhooks-hsmeta.json',
  );
  const meta = z
    .object({ config: z.object({ settings: z.object({ targetUrl: z.string() }) }) })
    .parse(JSON.parse(readFileSync(file, 'utf8')));
  return new URL(meta.config.settings.targetUrl).pathname;
}

async function deliver(events: HubSpotWebhookEvent[]) {
  const delivery = hubspotWebhookDelivery(
    `${publicBaseUrl}${targetPath()}`,
    clientSecret,
    events,
    h.now(),
  );
  const reply = await h.backend.app.inject({
    method: 'POST',
    url: targetPath(),
    headers: delivery.headers,
    payload: delivery.body,
  });
  return reply.statusCode;
}

/** An idempotency key held for a contact, as a plan write leaves one. */
async function holdKey(contactId: string, key: string) {
  await h.backend.store.claimIdempotencyKey({
    portalId: h.world.portalId,
    key,
    requestHash: 'plan',
    contactId,
    now: h.now(),
    expiresAt: h.now() + 86_400_000,
    staleAfterMs: 120_000,
  });
}

/** Whether the key is still held (a claim with another request hash is refused as a mismatch). */
async function stillHeld(key: string, contactId: string) {
  const claim = await h.backend.store.claimIdempotencyKey({
    portalId: h.world.portalId,
    key,
    requestHash: 'another-request',
    contactId,
    now: h.now(),
    expiresAt: h.now() + 86_400_000,
    staleAfterMs: 120_000,
  });
  return claim.state === 'mismatch';
}

describe('data-erasure webhooks in the shape HubSpot sends them', () => {
  it.each([
    ['contact.deletion', false],
    ['contact.privacyDeletion', true],
  ])('%s erases that contact’s keys and nobody else’s', async (_type, privacy) => {
    await holdKey('503', 'k-503');
    await holdKey('504', 'k-504');
    const event = contactDeletionEvent({
      portalId: h.world.portalId,
      appId,
      contactId: 503,
      privacy,
      occurredAt: h.now(),
    });
    expect(await deliver([event])).toBe(204);
    expect(await stillHeld('k-503', '503')).toBe(false);
    expect(await stillHeld('k-504', '504')).toBe(true);
  });

  it('takes both events of one GDPR deletion in one batch (a privacy deletion also sends contact.deletion)', async () => {
    await holdKey('503', 'k-503');
    const base = { portalId: h.world.portalId, appId, contactId: 503, occurredAt: h.now() };
    const batch = [
      contactDeletionEvent({ ...base, privacy: true }),
      contactDeletionEvent({ ...base }),
    ];
    expect(await deliver(batch)).toBe(204);
    expect(await stillHeld('k-503', '503')).toBe(false);
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeDefined();
  });
});

describe('the emulated HubSpot refuses to send a batch of the wrong shape', () => {
  const good = () =>
    contactDeletionEvent({ portalId: 1, appId, contactId: 503, occurredAt: 1_700_000_000_000 });
  it.each([
    ['an object instead of an array', () => good()],
    ['an empty batch', () => []],
    ['more than 100 events', () => Array.from({ length: 101 }, good)],
    ['a deletion without its object id', () => [{ ...good(), objectId: undefined }]],
    ['an event without an event id', () => [{ ...good(), eventId: undefined }]],
    ['a portal id as text', () => [{ ...good(), portalId: '1' }]],
    ['a field HubSpot never sends', () => [{ ...good(), userEmail: 'a@b.example' }]],
  ])('%s', (_what, events) => {
    expect(() =>
      hubspotWebhookDelivery('https://tactful.test/webhooks/hubspot', 's', events()),
    ).toThrow(/would not send/);
  });
});
