/**
 * What the backend keeps and what its instances agree on: the store (given, or opened from the
 * options), and the coordination that goes with it (PostgreSQL's when the store is PostgreSQL's,
 * this process's memory on SQLite, where there is one instance).
 */
import { createLocalCoordination, type Coordination } from '../coordination/coordination';
import { createPostgresCoordination } from '../coordination/postgresCoordination';
import { resealOnRead } from '../keyRotation';
import { measureStore } from '../observability/instrument';
import type { Metrics } from '../observability/metrics';
import type { ServerBasics, ServerOptions } from '../options';
import { openStore } from '../store/openStore';
import type { Store } from '../store/store';
import type { TokenCipher } from '../tokenCipher';

/**
 * The store the routes use. Every store operation that fails is counted, and every token refresh
 * stored; tokens still sealed with a rotated-out key are sealed anew when read.
 */
export async function serverStore(
  options: ServerOptions,
  parts: { cipher: TokenCipher; metrics: Metrics; basics: ServerBasics },
): Promise<Store> {
  const { logger } = parts.basics;
  const store =
    options.store ??
    (await openStore({ databaseUrl: options.databaseUrl, sqlitePath: options.sqlitePath, logger }));
  return measureStore(resealOnRead(store, parts.cipher, logger), parts.metrics);
}

/** Shared by all instances on PostgreSQL; in this process's memory on SQLite (one instance). */
export async function serverCoordination(
  options: ServerOptions,
  store: Store,
  basics: ServerBasics,
): Promise<Coordination> {
  const { burst, now, sleep, logger } = basics;
  return options.databaseUrl !== undefined && store.kind === 'postgres'
    ? await createPostgresCoordination(options.databaseUrl, { ...burst, now, sleep, logger })
    : createLocalCoordination({ ...burst, now, sleep });
}
