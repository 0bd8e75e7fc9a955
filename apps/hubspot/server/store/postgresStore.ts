/**
 * The shared store for production: PostgreSQL through `pg`. Many stateless instances use one database;
 * migrations take an advisory lock so instances starting together apply each one once.
 */
import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../../../../shared/ports';
import { createJsonLogger } from '../logger';
import { migrations, type IdempotencyClaim, type Store } from './store';
import { claims, parametersOf, rows, sql, toneDaysOf, type SqlParameter } from './sql';

const migrationLock = 7_412_001;

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  logger?: Logger;
  /** `application_name` of our connections (shown in pg_stat_activity). */
  applicationName?: string;
}

// A SQLSTATE such as 57P01 (the server terminated the connection): safe to log, unlike a message.
const sqlState = z.object({ code: z.string().regex(/^[0-9A-Z]{5}$/) });

/** Connects a pool to `connectionString` (postgres://...). */
export function createPostgresStore(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Store {
  const logger = options.logger ?? createJsonLogger();
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // An unreachable database fails a request (and readiness) in seconds, not at the OS's timeout.
    connectionTimeoutMillis: 5000,
    application_name: options.applicationName ?? 'tactful-hubspot-backend',
  });
  // pg emits 'error' on the pool when an idle client's connection dies (a database restart or
  // failover, a killed backend). Without a listener that is an uncaught exception and the whole
  // service exits; with one, the dead client is dropped and the next query opens a new connection.
  pool.on('error', (error: unknown) => {
    const state = sqlState.safeParse(error);
    logger.error('store.connection-lost', state.success ? { sqlState: state.data.code } : {});
  });

  /** Runs `work` in one transaction on one connection of the pool. */
  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  /** Runs a write; returns how many rows it changed. */
  const run = async (text: string, ...parameters: SqlParameter[]): Promise<number> =>
    (await pool.query(text, parameters)).rowCount ?? 0;
  const erase = async (client: pg.PoolClient, portalId: number) => {
    for (const text of sql.erasePortalData) await client.query(text, [portalId]);
  };

  return {
    kind: 'postgres',
    async migrate() {
      await inTransaction(async (client) => {
        // Instances starting together wait here, so each migration is applied once.
        await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
        await client.query(sql.createMigrationsTable);
        const applied = new Set(
          rows.migrations
            .parse((await client.query(sql.appliedMigrations)).rows)
            .map((row) => row.version),
        );
        for (const [index, migration] of migrations.entries()) {
          if (applied.has(index + 1)) continue;
          await client.query(migration);
          await client.query(sql.recordMigration, [index + 1]);
        }
      });
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async saveInstallation(i) {
      await run(sql.saveInstallation, ...parametersOf.installation(i));
    },
    async updateRefreshedTokens(u) {
      return (await run(sql.updateRefreshedTokens, ...parametersOf.refresh(u))) === 1;
    },
    async markInstallationBroken(portalId, brokenAt, ifUpdatedAt) {
      return inTransaction(async (client) => {
        const marked = await client.query(sql.markInstallationBroken, [
          brokenAt,
          portalId,
          ifUpdatedAt,
        ]);
        if (marked.rowCount !== 1) return false;
        await erase(client, portalId);
        return true;
      });
    },
    async getInstallation(portalId) {
      const row: unknown = (await pool.query(sql.getInstallation, [portalId])).rows[0];
      return row === undefined ? undefined : rows.installation.parse(row);
    },
    async deleteInstallation(portalId) {
      await inTransaction(async (client) => {
        await client.query(sql.deleteInstallation, [portalId]);
        await erase(client, portalId);
      });
    },
    async claimIdempotencyKey(input): Promise<IdempotencyClaim> {
      const inserted = await run(sql.claimIdempotencyKey, ...parametersOf.claim(input));
      if (inserted === 1) return { state: 'claimed' };
      const first: unknown = (await pool.query(sql.readIdempotencyKey, [input.portalId, input.key]))
        .rows[0];
      // Deleted between our insert and select (expired, or the contact erased): claim again.
      if (first === undefined) return this.claimIdempotencyKey(input);
      const row = rows.idempotencyKey.parse(first);
      const existing = claims.existing(row, input);
      if (existing !== undefined) return existing;
      // No transaction here: the take-over's own conditions make one of two racing claims win.
      const taken = await run(
        sql.takeOverIdempotencyKey,
        input.now,
        input.portalId,
        input.key,
        row.claimed_at,
      );
      return taken === 1 ? claims.takenOver(row) : { state: 'in-progress' };
    },
    async completeIdempotencyKey(portalId, key, reply) {
      await run(sql.completeIdempotencyKey, reply, portalId, key);
    },
    async saveIdempotencyProgress(portalId, key, progress) {
      await run(sql.saveIdempotencyProgress, progress, portalId, key);
    },
    async releaseIdempotencyKey(portalId, key) {
      await run(sql.releaseIdempotencyKey, portalId, key);
    },
    async deleteContactData(portalId, contactId) {
      return run(sql.deleteContactData, portalId, contactId);
    },
    async rememberSignature(signatureHash, expiresAt) {
      return (await run(sql.rememberSignature, signatureHash, expiresAt)) === 1;
    },
    async forgetSignature(signatureHash) {
      await run(sql.forgetSignature, signatureHash);
    },
    async saveOAuthState(stateHash, expiresAt) {
      await run(sql.saveOAuthState, stateHash, expiresAt);
    },
    async consumeOAuthState(stateHash, now) {
      return (await run(sql.consumeOAuthState, stateHash, now)) === 1;
    },
    async getSettings(portalId) {
      return rows.settings.parse((await pool.query(sql.getSettings, [portalId])).rows[0])?.settings;
    },
    async saveSettings(portalId, settingsJson, now) {
      await run(sql.saveSettings, portalId, settingsJson, now);
    },
    async saveToneFeedback(portalId, id, feedbackJson, now) {
      return (await run(sql.saveToneFeedback, portalId, id, feedbackJson, now)) === 1;
    },
    async listToneFeedback(portalId, limit) {
      return rows.toneFeedback
        .parse((await pool.query(sql.listToneFeedback, [portalId, limit])).rows)
        .map((row) => row.feedback);
    },
    async addToneSend(portalId, send, now) {
      // One transaction: the send id and the counts it adds are kept together or not at all; a
      // second instance claiming the same id waits on the row's key and then finds it taken.
      return inTransaction(async (client) => {
        const claimed = await client.query(sql.claimToneSend, [portalId, send.sendId, send.date]);
        if (claimed.rowCount !== 1) return false;
        await client.query(sql.addToneSend, parametersOf.toneSend(portalId, send, now));
        for (const category of parametersOf.toneCategories(portalId, send)) {
          await client.query(sql.addToneCategory, category);
        }
        return true;
      });
    },
    async addGuardEvent(portalId, event, now) {
      // As a send: the event id and the count it adds are kept together or not at all.
      return inTransaction(async (client) => {
        const claim = parametersOf.guardEventClaim(portalId, event);
        if ((await client.query(sql.claimToneSend, claim)).rowCount !== 1) return false;
        await client.query(sql.addGuardEvent, parametersOf.guardEvent(portalId, event, now));
        return true;
      });
    },
    async listToneDays(portalId, from, to) {
      const days = await pool.query(sql.listToneDays, [portalId, from, to]);
      const categories = await pool.query(sql.listToneCategories, [portalId, from, to]);
      return toneDaysOf(rows.toneDays.parse(days.rows), rows.toneCategories.parse(categories.rows));
    },
    async deleteToneDaysBefore(portalId, day) {
      return inTransaction(async (client) => {
        let deleted = 0;
        for (const text of sql.deleteToneDaysBefore) {
          deleted += (await client.query(text, [portalId, day])).rowCount ?? 0;
        }
        return deleted;
      });
    },
    async portalsWithToneDays() {
      return rows.portals
        .parse((await pool.query(sql.portalsWithToneDays)).rows)
        .map((row) => row.portal_id);
    },
    async deleteExpired(now) {
      let deleted = 0;
      for (const text of sql.deleteExpired) deleted += await run(text, now);
      return deleted;
    },
    async close() {
      await pool.end();
    },
  };
}
