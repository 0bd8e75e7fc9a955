// The backup and restore docs/DEPLOY.md describes, run as written: a copy taken while the backend
// runs, the store lost, the copy restored, and a backend with the same encryption key serving the
// installed portal again without a reinstall.
import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describeWithPostgres, requireDatabaseUrl } from './postgres';
import { startHarness, type Harness } from './harness';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const settings = { company: { name: 'Backup Check Ltd' } };

/** Installs the app, saves settings as a super admin, and checks one read works. */
async function useIt(h: Harness) {
  expect((await h.install()).status).toBe(200);
  const saved = await h.call('PUT', '/api/settings', { body: { settings } });
  expect(saved.status).toBe(200);
  expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
}

/** A backend on the restored store, with the mock portal that issued the tokens, serves it. */
async function servesAgain(h: Harness, before: Harness) {
  for (const [token, info] of before.world.accessTokens) h.world.accessTokens.set(token, info);
  for (const [token, hub] of before.world.refreshTokens) h.world.refreshTokens.set(token, hub);
  expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
  const read = await h.call('GET', '/api/settings');
  expect(read.status).toBe(200);
  expect(JSON.stringify(read.body)).toContain('Backup Check Ltd');
}

describe('backup and restore: SQLite', () => {
  it('VACUUM INTO copies the live store; the copy serves the portal with the same key', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tactful-backup-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const live = join(folder, 'tactful.sqlite');
    const copy = join(folder, 'tactful-backup.sqlite');
    const encryptionKey = randomBytes(32);
    const before = await startHarness({ sqlitePath: live, encryptionKey });
    cleanups.push(() => before.close());
    await useIt(before);

    // While the backend runs: the statement docs/DEPLOY.md gives for the sqlite3 shell.
    const db = new Database(live);
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();

    const after = await startHarness({ sqlitePath: copy, encryptionKey });
    cleanups.push(() => after.close());
    await servesAgain(after, before);
  });
});

describeWithPostgres('backup and restore: PostgreSQL', () => {
  it('pg_dump while it runs, the data lost, pg_restore: the portal is served again', async () => {
    const schema = `backup_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: requireDatabaseUrl() });
    await admin.connect();
    cleanups.push(async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(requireDatabaseUrl());
    url.searchParams.set('options', `-c search_path=${schema}`);
    const databaseUrl = url.toString();
    const folder = mkdtempSync(join(tmpdir(), 'tactful-backup-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const dump = join(folder, 'tactful.dump');
    const encryptionKey = randomBytes(32);

    const before = await startHarness({ databaseUrl, encryptionKey });
    await useIt(before);
    // docs/DEPLOY.md's commands, limited to this test's schema.
    execFileSync('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--schema=${schema}`,
      `--file=${dump}`,
      requireDatabaseUrl(),
    ]);
    await before.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    execFileSync('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      `--dbname=${requireDatabaseUrl()}`,
      dump,
    ]);

    const after = await startHarness({ databaseUrl, encryptionKey });
    cleanups.push(() => after.close());
    await servesAgain(after, before);
  }, 60_000);
});
