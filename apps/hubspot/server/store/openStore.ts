/** Picks the store: PostgreSQL when a `DATABASE_URL` is given, SQLite (a file or memory) otherwise. */
import { createPostgresStore } from './postgresStore';
import { createSqliteStore } from './sqliteStore';
import type { Store } from './store';

/** Opens and migrates the store named by `databaseUrl` (postgres://...) or the SQLite `sqlitePath`. */
export async function openStore(options: {
  databaseUrl?: string;
  sqlitePath?: string;
}): Promise<Store> {
  const store = options.databaseUrl
    ? createPostgresStore(options.databaseUrl)
    : createSqliteStore(options.sqlitePath ?? ':memory:');
  await store.migrate();
  return store;
}
