// Rotating the encryption key: a backend started with a new key, and the old one kept for reading,
// serves portals installed under the old key without anyone reinstalling.
import { afterEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createSqliteStore } from '../../apps/hubspot/server/store/sqliteStore';
import type { Store } from '../../apps/hubspot/server/store/store';
import { startHarness, type Harness } from './harness';

let store: Store;
const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  await store.close();
});

async function shared(store: Store, options: Parameters<typeof startHarness>[0]) {
  const h = await startHarness({ store, ...options });
  harnesses.push(h);
  return h;
}

/** A fresh SQLite store with one installation sealed with a random (soon old) key. */
async function installedWithOldKey() {
  store = createSqliteStore(':memory:');
  await store.migrate();
  const oldKey = randomBytes(32);
  const before = await shared(store, { encryptionKey: oldKey });
  expect((await before.install()).status).toBe(200);
  return { oldKey, before };
}

describe('encryption key rotation', () => {
  it('keeps installations working after the key changes, sealed with the new key from then on', async () => {
    const { oldKey, before } = await installedWithOldKey();

    const newKey = randomBytes(32);
    const after = await shared(store, { encryptionKey: newKey, previousEncryptionKeys: [oldKey] });
    // The same HubSpot portal answers both (the tokens it issued stay valid).
    for (const [token, info] of before.world.accessTokens)
      after.world.accessTokens.set(token, info);
    for (const [token, hub] of before.world.refreshTokens)
      after.world.refreshTokens.set(token, hub);
    // Read straight from the SQLite store: the backend's own view reseals on read.
    const keyIdBefore = (
      await store.getInstallation(after.world.portalId)
    )?.sealedRefreshToken.split(':')[1];
    expect((await after.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    after.advance(26 * 60 * 1000); // inside the refresh margin: the refresh seals with the new key
    expect((await after.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    const keyIdAfter = (
      await store.getInstallation(after.world.portalId)
    )?.sealedRefreshToken.split(':')[1];
    expect(keyIdAfter).not.toBe(keyIdBefore);

    // Once resealed, the old key is no longer needed.
    const withoutOldKey = await shared(store, { encryptionKey: newKey });
    for (const [token, info] of after.world.accessTokens)
      withoutOldKey.world.accessTokens.set(token, info);
    withoutOldKey.advance(26 * 60 * 1000);
    expect((await withoutOldKey.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  });

  it('seals tokens anew with the new key on their first use, before any refresh', async () => {
    const { oldKey, before } = await installedWithOldKey();
    const keyIdOf = async () => {
      const row = await store.getInstallation(before.world.portalId);
      return [row?.sealedRefreshToken.split(':')[1], row?.sealedAccessToken.split(':')[1]];
    };
    const [oldId] = await keyIdOf();

    const newKey = randomBytes(32);
    const after = await shared(store, { encryptionKey: newKey, previousEncryptionKeys: [oldKey] });
    for (const [token, info] of before.world.accessTokens)
      after.world.accessTokens.set(token, info);
    const refreshesBefore = after.world.requests.filter((r) => r === 'POST /oauth/v1/token').length;
    expect((await after.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    // No refresh happened, yet both tokens are now sealed with the new key.
    expect(after.world.requests.filter((r) => r === 'POST /oauth/v1/token').length).toBe(
      refreshesBefore,
    );
    const [refreshId, accessId] = await keyIdOf();
    expect(refreshId).not.toBe(oldId);
    expect(accessId).toBe(refreshId);

    // The old key can go at once: a backend holding only the new one serves the portal.
    const withoutOldKey = await shared(store, { encryptionKey: newKey });
    for (const [token, info] of before.world.accessTokens)
      withoutOldKey.world.accessTokens.set(token, info);
    expect((await withoutOldKey.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  });
});
