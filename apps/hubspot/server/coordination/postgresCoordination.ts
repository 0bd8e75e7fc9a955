/**
 * Coordination shared by every instance on one PostgreSQL (see coordination.ts):
 *
 * - The burst limiter is a row per slot: a portal has `limit` slots, and a HubSpot call takes one
 *   whose `free_at` has passed and sets it `windowMs + guardMs` ahead, in one statement (`FOR UPDATE
 *   SKIP LOCKED`, so concurrent takers never wait on each other or take the same slot). No window of
 *   `windowMs` can therefore hold more than `limit` calls, whichever instance made them. Times come
 *   from the database's clock, the one clock all instances share; the guard covers the time between
 *   taking a slot and the request reaching HubSpot.
 * - The token-refresh lock is a session advisory lock on a connection held for the refresh: a
 *   process that dies mid-refresh drops its connection, and the lock with it.
 *
 * The slots table is UNLOGGED and created here rather than by the store's migrations: it holds no
 * data anyone needs back (after a crash it is empty, which only forgets a few seconds of counting).
 */
import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../../../../shared/ports';
import type { PortalLimiter } from '../hubspot/limiter';
import type { Coordination, RefreshLock } from './coordination';

/** How the shared limiter counts. */
export interface PostgresCoordinationOptions {
  /** Calls per portal in any `windowMs` (HubSpot: 110 per 10 s for OAuth apps). */
  limit: number;
  windowMs: number;
  /** Extra time a slot stays taken, for the trip from here to HubSpot (default 500 ms). */
  guardMs?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  /** Connections for the limiter and refresh locks (default 8), besides the store's own pool. */
  maxConnections?: number;
}

const defaultGuardMs = 500;
// Serialises creating the slots table when instances start together.
const schemaLock = 7_412_002;

const sql = {
  createSlots: `CREATE UNLOGGED TABLE IF NOT EXISTS hubspot_call_slots (
      portal_id BIGINT NOT NULL,
      slot INTEGER NOT NULL,
      free_at BIGINT NOT NULL,
      PRIMARY KEY (portal_id, slot)
    )`,
  // $1 portal, $2 limit, $3 how long a taken slot stays taken (ms).
  takeSlot: `UPDATE hubspot_call_slots
    SET free_at = (extract(epoch FROM clock_timestamp()) * 1000)::bigint + $3
    WHERE portal_id = $1 AND slot = (
      SELECT slot FROM hubspot_call_slots
      WHERE portal_id = $1 AND slot <= $2
        AND free_at <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint
      ORDER BY free_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING slot`,
  // How many slots the portal has and how long until the first frees up.
  nextFree: `SELECT count(*)::int AS slots,
      coalesce(min(free_at) - (extract(epoch FROM clock_timestamp()) * 1000)::bigint, 0)::bigint AS wait_ms
    FROM hubspot_call_slots WHERE portal_id = $1 AND slot <= $2`,
  addSlots: `INSERT INTO hubspot_call_slots (portal_id, slot, free_at)
    SELECT $1, n, 0 FROM generate_series(1, $2::int) AS n ON CONFLICT DO NOTHING`,
  // A 64-bit lock key per portal, in a namespace of its own.
  tryLock: `SELECT pg_try_advisory_lock(hashtextextended('tactful:token-refresh:' || $1::text, 0)) AS locked`,
  unlock: `SELECT pg_advisory_unlock(hashtextextended('tactful:token-refresh:' || $1::text, 0))`,
} as const;

const nextFreeRow = z.object({
  slots: z.number(),
  wait_ms: z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number),
});
const lockedRow = z.object({ locked: z.boolean() });

/** Opens the shared limiter and lock on `connectionString` (creating the slots table if needed). */
export async function createPostgresCoordination(
  connectionString: string,
  options: PostgresCoordinationOptions,
): Promise<Coordination> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 8,
    application_name: 'tactful-hubspot-coordination',
  });
  // An idle connection that dies (database restart) is dropped; the next query opens another.
  pool.on('error', () => options.logger.error('coordination.connection-lost', {}));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLock]);
    await client.query(sql.createSlots);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }

  const holdMs = options.windowMs + (options.guardMs ?? defaultGuardMs);
  const limiter: PortalLimiter = {
    async acquire(portalId, deadline) {
      for (;;) {
        const taken = await pool.query(sql.takeSlot, [portalId, options.limit, holdMs]);
        if ((taken.rowCount ?? 0) === 1) return { ok: true };
        const next = nextFreeRow.parse(
          (await pool.query(sql.nextFree, [portalId, options.limit])).rows[0],
        );
        if (next.slots < options.limit) {
          // A portal's first call (or a raised limit): its slots are made, then taken as usual.
          await pool.query(sql.addSlots, [portalId, options.limit]);
          continue;
        }
        if (next.wait_ms <= 0) {
          // A slot that looks free is being taken by another caller right now: look again.
          await options.sleep(5);
          continue;
        }
        const waitMs = next.wait_ms + 1;
        if (options.now() + waitMs > deadline) return { ok: false, waitMs };
        await options.sleep(waitMs);
      }
    },
  };

  const refreshLock: RefreshLock = {
    async tryAcquire(portalId) {
      const connection = await pool.connect();
      let locked = false;
      try {
        locked = lockedRow.parse((await connection.query(sql.tryLock, [portalId])).rows[0]).locked;
      } catch (error) {
        connection.release(true);
        throw error;
      }
      if (!locked) {
        connection.release();
        return undefined;
      }
      return async () => {
        try {
          await connection.query(sql.unlock, [portalId]);
          connection.release();
        } catch {
          // Dropping the connection ends its session, which releases the lock as well.
          connection.release(true);
        }
      };
    },
  };

  return {
    kind: 'postgres',
    limiter,
    refreshLock,
    close: () => pool.end(),
  };
}
