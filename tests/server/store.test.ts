// The token store against SQLite always, and against a real PostgreSQL when TACTFUL_TEST_DATABASE_URL
// is set (CI sets it; CI without it fails rather than passing silently).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStore } from '../../apps/hubspot/server/store/postgresStore';
import { createSqliteStore } from '../../apps/hubspot/server/store/sqliteStore';
import type { InstallationRecord, Store } from '../../apps/hubspot/server/store/store';
import { createTokenCipher } from '../../apps/hubspot/server/tokenCipher';

const postgresUrl = process.env.TACTFUL_TEST_DATABASE_URL;
if (!postgresUrl && process.env.CI !== 'true') {
  console.warn(
    '\n*** SKIPPED: PostgreSQL tests (set TACTFUL_TEST_DATABASE_URL) ***\n' +
      '*** e.g. postgres://tactful:tactful@127.0.0.1:5432/tactful_test ***\n',
  );
}

describe('PostgreSQL store configuration', () => {
  it('is tested in CI', () => {
    if (process.env.CI === 'true') expect(postgresUrl).toBeDefined();
  });
});

const backends: Array<[string, () => Store]> = [['SQLite', () => createSqliteStore(':memory:')]];
if (postgresUrl) backends.push(['PostgreSQL', () => createPostgresStore(postgresUrl)]);

// Each run uses its own portal ids so parallel or repeated runs against one database never collide.
const basePortal = 10_000_000 + Math.floor(Math.random() * 80_000_000);

describe.each(backends)('%s store', (_name, open) => {
  let store: Store;
  const cipher = createTokenCipher(randomBytes(32));
  let portal = basePortal;
  const nextPortal = () => ++portal;

  beforeAll(async () => {
    store = open();
    await store.migrate();
    await store.migrate(); // a second instance starting later applies nothing twice
  });
  afterAll(async () => {
    await store.close();
  });

  const installation = (portalId: number, refresh: string): InstallationRecord => ({
    portalId,
    sealedRefreshToken: cipher.encrypt(refresh, portalId),
    sealedAccessToken: cipher.encrypt('access-1', portalId),
    accessTokenExpiresAt: 1_800_000_000_000,
    scopes: 'crm.objects.contacts.read',
    installedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  });

  it('keeps one installation per portal, with tokens that only open for that portal', async () => {
    const portalId = nextPortal();
    await store.saveInstallation(installation(portalId, 'refresh-old'));
    await store.saveInstallation(installation(portalId, 'refresh-new'));
    const found = await store.getInstallation(portalId);
    expect(found?.portalId).toBe(portalId);
    expect(found?.sealedRefreshToken).not.toContain('refresh-new');
    expect(cipher.decrypt(found?.sealedRefreshToken ?? '', portalId)).toBe('refresh-new');
    expect(cipher.decrypt(found?.sealedRefreshToken ?? '', portalId + 1)).toBeUndefined();
  });

  it('erases everything held for a portal on uninstall', async () => {
    const portalId = nextPortal();
    await store.saveInstallation(installation(portalId, 'r'));
    await store.saveSettings(portalId, '{"a":1}', 1);
    await store.claimIdempotencyKey(claim(portalId, 'key-00000001', 'h', 1));
    await store.saveToneFeedback(portalId, 'tf-0000000000000001', '{"note":"n"}', 1);
    await store.deleteInstallation(portalId);
    expect(await store.getInstallation(portalId)).toBeUndefined();
    expect(await store.getSettings(portalId)).toBeUndefined();
    expect(await store.listToneFeedback(portalId, 10)).toEqual([]);
    expect((await store.claimIdempotencyKey(claim(portalId, 'key-00000001', 'h', 2))).state).toBe(
      'claimed',
    );
  });

  it('keeps tone feedback once per id, newest first, per portal', async () => {
    const portalId = nextPortal();
    const other = nextPortal();
    expect(await store.saveToneFeedback(portalId, 'tf-a0000001', '{"n":1}', 100)).toBe(true);
    expect(await store.saveToneFeedback(portalId, 'tf-a0000001', '{"n":"again"}', 300)).toBe(false);
    expect(await store.saveToneFeedback(portalId, 'tf-a0000002', '{"n":2}', 200)).toBe(true);
    expect(await store.saveToneFeedback(other, 'tf-a0000003', '{"n":3}', 200)).toBe(true);
    expect(await store.listToneFeedback(portalId, 10)).toEqual(['{"n":2}', '{"n":1}']);
    expect(await store.listToneFeedback(portalId, 1)).toEqual(['{"n":2}']);
    expect(await store.listToneFeedback(other, 10)).toEqual(['{"n":3}']);
  });

  const refreshed = (portalId: number, refresh: string, ifUpdatedAt: number) => ({
    portalId,
    sealedRefreshToken: cipher.encrypt(refresh, portalId),
    sealedAccessToken: cipher.encrypt('access-2', portalId),
    accessTokenExpiresAt: 1_800_000_900_000,
    updatedAt: 1_700_000_500_000,
    ifUpdatedAt,
  });

  it('never brings an erased installation back from a refresh that finished after the uninstall', async () => {
    const portalId = nextPortal();
    await store.saveInstallation(installation(portalId, 'r'));
    const read = await store.getInstallation(portalId);
    await store.deleteInstallation(portalId);
    expect(await store.updateRefreshedTokens(refreshed(portalId, 'r', read?.updatedAt ?? 0))).toBe(
      false,
    );
    expect(await store.getInstallation(portalId)).toBeUndefined();
  });

  it('saves a refresh only over the row it was refreshed from', async () => {
    const portalId = nextPortal();
    await store.saveInstallation(installation(portalId, 'r'));
    const read = await store.getInstallation(portalId);
    const version = read?.updatedAt ?? 0;
    expect(await store.updateRefreshedTokens(refreshed(portalId, 'r', version))).toBe(true);
    const after = await store.getInstallation(portalId);
    expect(cipher.decrypt(after?.sealedAccessToken ?? '', portalId)).toBe('access-2');
    expect(after?.installedAt).toBe(1_700_000_000_000);
    // A second refresh from the same (now stale) read loses to the first.
    expect(await store.updateRefreshedTokens(refreshed(portalId, 'r', version))).toBe(false);
  });

  it('keeps a broken installation broken until a new install replaces it', async () => {
    const portalId = nextPortal();
    await store.saveInstallation(installation(portalId, 'r'));
    const version = (await store.getInstallation(portalId))?.updatedAt ?? 0;
    expect(await store.markInstallationBroken(portalId, 1_700_000_100_000, version)).toBe(true);
    expect((await store.getInstallation(portalId))?.brokenAt).toBe(1_700_000_100_000);
    expect(await store.updateRefreshedTokens(refreshed(portalId, 'r', version))).toBe(false);
    await store.saveInstallation({ ...installation(portalId, 'r2'), updatedAt: 1_700_000_200_000 });
    expect((await store.getInstallation(portalId))?.brokenAt).toBeUndefined();
  });

  it('erases what it holds for a portal whose refresh token HubSpot refused, all but the broken mark', async () => {
    const portalId = nextPortal();
    await store.saveInstallation(installation(portalId, 'r'));
    await store.saveSettings(portalId, '{"outreach":{"companyName":"Acme"}}', 1000);
    await store.claimIdempotencyKey(claim(portalId, 'key-before-break', 'h', 1000));
    const version = (await store.getInstallation(portalId))?.updatedAt ?? 0;
    // A mark from a stale read (a reinstall won meanwhile) erases nothing.
    expect(await store.markInstallationBroken(portalId, 1_700_000_100_000, version - 1)).toBe(
      false,
    );
    expect(await store.getSettings(portalId)).toBeDefined();

    expect(await store.markInstallationBroken(portalId, 1_700_000_100_000, version)).toBe(true);
    const broken = await store.getInstallation(portalId);
    expect(broken).toMatchObject({
      portalId,
      brokenAt: 1_700_000_100_000,
      sealedRefreshToken: '',
      sealedAccessToken: '',
      scopes: '',
    });
    expect(await store.getSettings(portalId)).toBeUndefined();
    expect(await store.deleteContactData(portalId, '501')).toBe(0); // its keys went with it
    expect(
      await store.claimIdempotencyKey(claim(portalId, 'key-before-break', 'other', 2000)),
    ).toEqual({ state: 'claimed' });
  });

  const claim = (portalId: number, key: string, requestHash: string, now: number) => ({
    portalId,
    key,
    requestHash,
    contactId: '501',
    now,
    expiresAt: now + 86_400_000,
    staleAfterMs: 120_000,
  });

  it('gives a key to exactly one of many concurrent writers, then the first result to all', async () => {
    const portalId = nextPortal();
    const claims = await Promise.all(
      Array.from({ length: 8 }, () =>
        store.claimIdempotencyKey(claim(portalId, 'key-concurrent', 'h', 1000)),
      ),
    );
    expect(claims.filter((c) => c.state === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c.state === 'in-progress')).toHaveLength(7);
    await store.completeIdempotencyKey(portalId, 'key-concurrent', '{"noteId":"1"}');
    expect(await store.claimIdempotencyKey(claim(portalId, 'key-concurrent', 'h', 1001))).toEqual({
      state: 'completed',
      reply: '{"noteId":"1"}',
    });
    expect(
      (await store.claimIdempotencyKey(claim(portalId, 'key-concurrent', 'other', 1002))).state,
    ).toBe('mismatch');
  });

  it('lets a retry claim again after a failed write released its key, or an abandoned claim', async () => {
    const portalId = nextPortal();
    await store.claimIdempotencyKey(claim(portalId, 'key-released', 'h', 1000));
    await store.releaseIdempotencyKey(portalId, 'key-released');
    expect(
      (await store.claimIdempotencyKey(claim(portalId, 'key-released', 'h', 1001))).state,
    ).toBe('claimed');
    expect(
      (await store.claimIdempotencyKey(claim(portalId, 'key-released', 'h', 2000))).state,
    ).toBe('in-progress');
    expect(
      (await store.claimIdempotencyKey(claim(portalId, 'key-released', 'h', 1001 + 120_001))).state,
    ).toBe('claimed');
  });

  it("hands a failed write's saved progress to the retry that claims it next", async () => {
    const portalId = nextPortal();
    await store.claimIdempotencyKey(claim(portalId, 'key-progress', 'h', 1000));
    await store.saveIdempotencyProgress(portalId, 'key-progress', '{"noteId":"9","taskIds":["1"]}');
    await store.releaseIdempotencyKey(portalId, 'key-progress');
    expect(await store.claimIdempotencyKey(claim(portalId, 'key-progress', 'h', 1001))).toEqual({
      state: 'claimed',
      progress: '{"noteId":"9","taskIds":["1"]}',
    });
  });

  it('expires idempotency keys and seen signatures', async () => {
    const portalId = nextPortal();
    await store.claimIdempotencyKey({
      ...claim(portalId, 'key-expiring', 'h', 1000),
      expiresAt: 5000,
    });
    await store.completeIdempotencyKey(portalId, 'key-expiring', '{}');
    const fingerprint = `sig-${portalId}`;
    expect(await store.rememberSignature(fingerprint, 5000)).toBe(true);
    expect(await store.rememberSignature(fingerprint, 5000)).toBe(false);
    expect(await store.deleteExpired(6000)).toBeGreaterThanOrEqual(2);
    expect(
      (await store.claimIdempotencyKey(claim(portalId, 'key-expiring', 'h', 7000))).state,
    ).toBe('claimed');
    expect(await store.rememberSignature(fingerprint, 9000)).toBe(true);
  });

  it("erases a deleted contact's idempotency keys and keeps other contacts'", async () => {
    const portalId = nextPortal();
    await store.claimIdempotencyKey(claim(portalId, 'key-contact-a', 'h', 1));
    await store.claimIdempotencyKey({
      ...claim(portalId, 'key-contact-b', 'h', 1),
      contactId: '777',
    });
    expect(await store.deleteContactData(portalId, '501')).toBe(1);
    expect((await store.claimIdempotencyKey(claim(portalId, 'key-contact-a', 'h', 2))).state).toBe(
      'claimed',
    );
    expect(
      (
        await store.claimIdempotencyKey({
          ...claim(portalId, 'key-contact-b', 'h', 2),
          contactId: '777',
        })
      ).state,
    ).toBe('in-progress');
  });

  it('lets exactly one of two concurrent callbacks use an OAuth state, and only before it expires', async () => {
    const state = `state-${basePortal}-${nextPortal()}`;
    await store.saveOAuthState(state, 10_000);
    const uses = await Promise.all([
      store.consumeOAuthState(state, 5000),
      store.consumeOAuthState(state, 5000),
    ]);
    expect(uses.filter(Boolean)).toHaveLength(1);
    const late = `${state}-late`;
    await store.saveOAuthState(late, 10_000);
    expect(await store.consumeOAuthState(late, 10_000)).toBe(false);
    expect(await store.deleteExpired(10_000)).toBeGreaterThanOrEqual(1);
  });

  it('stores per-portal settings JSON', async () => {
    const portalId = nextPortal();
    expect(await store.getSettings(portalId)).toBeUndefined();
    await store.saveSettings(portalId, '{"policy":{"maxTermMonths":12}}', 1);
    await store.saveSettings(portalId, '{"policy":{"maxTermMonths":6}}', 2);
    expect(await store.getSettings(portalId)).toBe('{"policy":{"maxTermMonths":6}}');
  });
});

describe('PostgreSQL store when the database drops a connection', () => {
  const run = postgresUrl ? it : it.skip;
  run('logs it, keeps the service running and answers the next query', async () => {
    if (!postgresUrl) return;
    const applicationName = `tactful-test-${process.pid}-${basePortal}`;
    let lost: (fields: Record<string, string | number | boolean> | undefined) => void = () => {};
    const connectionLost = new Promise<Record<string, string | number | boolean> | undefined>(
      (resolve) => {
        lost = resolve;
      },
    );
    const logged: string[] = [];
    const store = createPostgresStore(postgresUrl, {
      applicationName,
      logger: {
        info: () => {},
        warn: () => {},
        error: (event, fields) => {
          logged.push(event);
          if (event === 'store.connection-lost') lost(fields);
        },
      },
    });
    try {
      await store.migrate();
      await store.getSettings(1); // leaves an idle client in the pool
      // An administrator (or a failover) ends our idle connection from the server side.
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      try {
        const killed = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [applicationName],
        );
        expect(killed.rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      expect(await connectionLost).toEqual({ sqlState: '57P01' });
      const portalId = basePortal + 999_999;
      await store.saveSettings(portalId, '{"after":"reconnect"}', 1);
      expect(await store.getSettings(portalId)).toBe('{"after":"reconnect"}');
      expect(logged).toEqual(['store.connection-lost']);
    } finally {
      await store.close();
    }
  });
});
