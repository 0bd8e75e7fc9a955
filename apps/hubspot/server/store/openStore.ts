/** Picks the store: PostgreSQL when a `DATABASE_URL` is given, SQLite (a file or memory) otherwise. */
import type { Logger } from '../../../../shared/ports';
import { createPostgresStore } from './postgresStore';
import { createSqliteStore } from './sqliteStore';
import type { Store } from './store';

/** Opens and migrates the store named by `databaseUrl` (postgres://...) or the SQLite `sqlitePath`. */
export async function openStore(options: {
  databaseUrl?: string;
  sqlitePath?: string;
  logger?: Logger;
}): Promise<Store> {
  const store = options.databaseUrl
    ? createPostgresStore(options.databaseUrl, options.logger ? { logger: options.logger } : {})
    : createSqliteStore(options.sqlitePath ?? ':memory:');
  await store.migrate();
  return store;
}
