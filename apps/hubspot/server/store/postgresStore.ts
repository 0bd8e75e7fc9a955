/**
 * The shared store for production: PostgreSQL through `pg`. Many stateless instances use one database;
 * migrations take an advisory lock so instances starting together apply each one once.
 */
import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../../../../shared/ports';
import { createJsonLogger } from '../logger';
import { installationFromRow } from './sqliteStore';
import { migrations, type IdempotencyClaim, type Store } from './store';

// BIGINT columns arrive as strings from pg; our values (epoch ms, portal ids) are safe integers.
const bigint = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number);

const installationRow = z.object({
  portal_id: bigint,
  sealed_refresh_token: z.string(),
  sealed_access_token: z.string(),
  access_token_expires_at: bigint,
  scopes: z.string(),
  installed_at: bigint,
  updated_at: bigint,
  broken_at: bigint.nullable(),
});

const keyRow = z.object({
  request_hash: z.string(),
  reply: z.string().nullable(),
  progress: z.string().nullable(),
  claimed_at: bigint,
});

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
    application_name: options.applicationName ?? 'tactful-hubspot-backend',
  });
  // pg emits 'error' on the pool when an idle client's connection dies (a database restart or
  // failover, a killed backend). Without a listener that is an uncaught exception and the whole
  // service exits; with one, the dead client is dropped and the next query opens a new connection.
  pool.on('error', (error: unknown) => {
    const state = sqlState.safeParse(error);
    logger.error('store.connection-lost', state.success ? { sqlState: state.data.code } : {});
  });

  return {
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)',
        );
        const applied = new Set(
          z
            .array(z.object({ version: z.number() }))
            .parse((await client.query('SELECT version FROM schema_migrations')).rows)
            .map((row) => row.version),
        );
        for (const [index, sql] of migrations.entries()) {
          if (applied.has(index + 1)) continue;
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [index + 1]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async saveInstallation(i) {
      await pool.query(
        `INSERT INTO installations (portal_id, sealed_refresh_token, sealed_access_token,
           access_token_expires_at, scopes, installed_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (portal_id) DO UPDATE SET sealed_refresh_token = excluded.sealed_refresh_token,
           sealed_access_token = excluded.sealed_access_token,
           access_token_expires_at = excluded.access_token_expires_at,
           scopes = excluded.scopes, updated_at = excluded.updated_at, broken_at = NULL`,
        [
          i.portalId,
          i.sealedRefreshToken,
          i.sealedAccessToken,
          i.accessTokenExpiresAt,
          i.scopes,
          i.installedAt,
          i.updatedAt,
        ],
      );
    },
    async updateRefreshedTokens(u) {
      const result = await pool.query(
        `UPDATE installations SET sealed_refresh_token = $1, sealed_access_token = $2,
           access_token_expires_at = $3, updated_at = $4
         WHERE portal_id = $5 AND updated_at = $6 AND broken_at IS NULL`,
        [
          u.sealedRefreshToken,
          u.sealedAccessToken,
          u.accessTokenExpiresAt,
          u.updatedAt,
          u.portalId,
          u.ifUpdatedAt,
        ],
      );
      return result.rowCount === 1;
    },
    async markInstallationBroken(portalId, brokenAt, ifUpdatedAt) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await client.query(
          `UPDATE installations SET broken_at = $1, sealed_refresh_token = '', sealed_access_token = '',
           access_token_expires_at = 0, scopes = '' WHERE portal_id = $2 AND updated_at = $3`,
          [brokenAt, portalId, ifUpdatedAt],
        );
        const marked = result.rowCount === 1;
        if (marked) {
          await client.query('DELETE FROM idempotency_keys WHERE portal_id = $1', [portalId]);
          await client.query('DELETE FROM portal_settings WHERE portal_id = $1', [portalId]);
          await client.query('DELETE FROM tone_feedback WHERE portal_id = $1', [portalId]);
        }
        await client.query('COMMIT');
        return marked;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async getInstallation(portalId) {
      const result = await pool.query('SELECT * FROM installations WHERE portal_id = $1', [
        portalId,
      ]);
      const row: unknown = result.rows[0];
      return row === undefined ? undefined : installationFromRow(installationRow.parse(row));
    },
    async deleteInstallation(portalId) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('DELETE FROM installations WHERE portal_id = $1', [portalId]);
        await client.query('DELETE FROM idempotency_keys WHERE portal_id = $1', [portalId]);
        await client.query('DELETE FROM portal_settings WHERE portal_id = $1', [portalId]);
        await client.query('DELETE FROM tone_feedback WHERE portal_id = $1', [portalId]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async claimIdempotencyKey(input): Promise<IdempotencyClaim> {
      const inserted = await pool.query(
        `INSERT INTO idempotency_keys (portal_id, idem_key, request_hash, contact_id, reply,
           claimed_at, expires_at) VALUES ($1, $2, $3, $4, NULL, $5, $6) ON CONFLICT DO NOTHING`,
        [input.portalId, input.key, input.requestHash, input.contactId, input.now, input.expiresAt],
      );
      if (inserted.rowCount === 1) return { state: 'claimed' };
      const found = await pool.query(
        'SELECT request_hash, reply, progress, claimed_at FROM idempotency_keys WHERE portal_id = $1 AND idem_key = $2',
        [input.portalId, input.key],
      );
      const first: unknown = found.rows[0];
      // Released between our insert and select: claim again.
      if (first === undefined) return this.claimIdempotencyKey(input);
      const row = keyRow.parse(first);
      if (row.request_hash !== input.requestHash) return { state: 'mismatch' };
      if (row.reply !== null) return { state: 'completed', reply: row.reply };
      if (row.claimed_at === 0 || input.now - row.claimed_at > input.staleAfterMs) {
        // Take over an abandoned claim only if nobody else did since we read it.
        const taken = await pool.query(
          `UPDATE idempotency_keys SET claimed_at = $1
           WHERE portal_id = $2 AND idem_key = $3 AND claimed_at = $4 AND reply IS NULL`,
          [input.now, input.portalId, input.key, row.claimed_at],
        );
        if (taken.rowCount === 1) {
          return row.progress === null
            ? { state: 'claimed' }
            : { state: 'claimed', progress: row.progress };
        }
      }
      return { state: 'in-progress' };
    },
    async completeIdempotencyKey(portalId, key, reply) {
      await pool.query(
        'UPDATE idempotency_keys SET reply = $1 WHERE portal_id = $2 AND idem_key = $3',
        [reply, portalId, key],
      );
    },
    async saveIdempotencyProgress(portalId, key, progress) {
      await pool.query(
        'UPDATE idempotency_keys SET progress = $1 WHERE portal_id = $2 AND idem_key = $3',
        [progress, portalId, key],
      );
    },
    async releaseIdempotencyKey(portalId, key) {
      await pool.query(
        'UPDATE idempotency_keys SET claimed_at = 0 WHERE portal_id = $1 AND idem_key = $2 AND reply IS NULL',
        [portalId, key],
      );
    },
    async deleteContactData(portalId, contactId) {
      const result = await pool.query(
        'DELETE FROM idempotency_keys WHERE portal_id = $1 AND contact_id = $2',
        [portalId, contactId],
      );
      return result.rowCount ?? 0;
    },
    async rememberSignature(signatureHash, expiresAt) {
      const result = await pool.query(
        'INSERT INTO seen_signatures (signature_hash, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [signatureHash, expiresAt],
      );
      return result.rowCount === 1;
    },
    async forgetSignature(signatureHash) {
      await pool.query('DELETE FROM seen_signatures WHERE signature_hash = $1', [signatureHash]);
    },
    async saveOAuthState(stateHash, expiresAt) {
      await pool.query('INSERT INTO oauth_states (state_hash, expires_at) VALUES ($1, $2)', [
        stateHash,
        expiresAt,
      ]);
    },
    async consumeOAuthState(stateHash, now) {
      // One DELETE decides: of two callbacks with the same state, exactly one removes the row.
      const result = await pool.query(
        'DELETE FROM oauth_states WHERE state_hash = $1 AND expires_at > $2',
        [stateHash, now],
      );
      return result.rowCount === 1;
    },
    async getSettings(portalId) {
      const result = await pool.query('SELECT settings FROM portal_settings WHERE portal_id = $1', [
        portalId,
      ]);
      return z.object({ settings: z.string() }).optional().parse(result.rows[0])?.settings;
    },
    async saveSettings(portalId, settingsJson, now) {
      await pool.query(
        `INSERT INTO portal_settings (portal_id, settings, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (portal_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
        [portalId, settingsJson, now],
      );
    },
    async saveToneFeedback(portalId, id, feedbackJson, now) {
      const result = await pool.query(
        `INSERT INTO tone_feedback (portal_id, feedback_id, feedback, created_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [portalId, id, feedbackJson, now],
      );
      return result.rowCount === 1;
    },
    async listToneFeedback(portalId, limit) {
      const result = await pool.query(
        `SELECT feedback FROM tone_feedback WHERE portal_id = $1
         ORDER BY created_at DESC, feedback_id DESC LIMIT $2`,
        [portalId, limit],
      );
      return z
        .array(z.object({ feedback: z.string() }))
        .parse(result.rows)
        .map((row) => row.feedback);
    },
    async deleteExpired(now) {
      const keys = await pool.query('DELETE FROM idempotency_keys WHERE expires_at <= $1', [now]);
      const signatures = await pool.query('DELETE FROM seen_signatures WHERE expires_at <= $1', [
        now,
      ]);
      const states = await pool.query('DELETE FROM oauth_states WHERE expires_at <= $1', [now]);
      return (keys.rowCount ?? 0) + (signatures.rowCount ?? 0) + (states.rowCount ?? 0);
    },
    async close() {
      await pool.end();
    },
  };
}
