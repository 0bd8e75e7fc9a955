// Migrations are numbered and each is applied once, under PostgreSQL's advisory lock, however many
// instances start at the same moment; an instance starting later applies nothing again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore } from '../../apps/hubspot/server/store/postgresStore';
import { createSqliteStore } from '../../apps/hubspot/server/store/sqliteStore';
import { migrations, type Store } from '../../apps/hubspot/server/store/store';
import { describeWithPostgres, requireDatabaseUrl } from './postgres';

const root = join(__dirname, '..', '..');

/** The test database with `search_path` set to `schema`, so this run's tables are its own. */
function inSchema(schema: string): string {
  const url = new URL(requireDatabaseUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

describeWithPostgres('migrations on PostgreSQL', () => {
  const schema = `migrations_${process.pid}_${Date.now()}`;
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: requireDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('applies each migration once when eight instances start together', async () => {
    const stores: Store[] = Array.from({ length: 8 }, (_, index) =>
      createPostgresStore(inSchema(schema), { applicationName: `tactful-migrator-${index}` }),
    );
    try {
      // Every instance migrates at the same moment; none fails, none applies anything twice.
      await Promise.all(stores.map((store) => store.migrate()));
      const applied = await admin.query<{ version: number }>(
        `SELECT version FROM ${schema}.schema_migrations ORDER BY version`,
      );
      expect(applied.rows.map((row) => row.version)).toEqual(migrations.map((_, i) => i + 1));
      // And a ninth, later, finds nothing to do and the schema works.
      const later = createPostgresStore(inSchema(schema));
      stores.push(later);
      await later.migrate();
      await later.ping();
      expect(await later.getSettings(1)).toBeUndefined();
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  }, 60_000);
});

describe('migrations are numbered', () => {
  it('are a list whose position is the version, none empty', () => {
    expect(migrations.length).toBeGreaterThan(0);
    for (const migration of migrations) expect(migration.trim()).not.toBe('');
  });
});

describe('migrations on SQLite', () => {
  it('applies each migration once when four processes open one new file together', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tactful-migrate-'));
    const file = join(folder, 'tactful.sqlite');
    const script = [
      `import { createSqliteStore } from ${JSON.stringify(join(root, 'apps/hubspot/server/store/sqliteStore.ts'))};`,
      `const store = createSqliteStore(${JSON.stringify(file)});`,
      'await store.migrate();',
      'await store.close();',
    ].join('\n');
    try {
      const runs = Array.from(
        { length: 4 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', '--input-type=module', '-e', script],
              {
                cwd: root,
                stdio: 'ignore',
              },
            );
            child.on('exit', (code) => resolve(code));
          }),
      );
      expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
      const store = createSqliteStore(file);
      await store.migrate();
      await store.close();
      const db = new Database(file, { readonly: true });
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      db.close();
      expect(versions).toEqual(migrations.map((_, i) => ({ version: i + 1 })));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
