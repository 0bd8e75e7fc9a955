/** The embedded store: SQLite through better-sqlite3 (one file, or `:memory:` for tests and the playground). */
import Database from 'better-sqlite3';
import { z } from 'zod';
import { migrations, type IdempotencyClaim, type InstallationRecord, type Store } from './store';

const installationRow = z.object({
  portal_id: z.number(),
  sealed_refresh_token: z.string(),
  sealed_access_token: z.string(),
  access_token_expires_at: z.number(),
  scopes: z.string(),
  installed_at: z.number(),
  updated_at: z.number(),
  broken_at: z.number().nullable(),
});

const keyRow = z.object({
  request_hash: z.string(),
  reply: z.string().nullable(),
  progress: z.string().nullable(),
  claimed_at: z.number(),
});

/** Maps a stored installation row to the record. */
export function installationFromRow(row: z.infer<typeof installationRow>): InstallationRecord {
  return {
    portalId: Number(row.portal_id),
    sealedRefreshToken: row.sealed_refresh_token,
    sealedAccessToken: row.sealed_access_token,
    accessTokenExpiresAt: Number(row.access_token_expires_at),
    scopes: row.scopes,
    installedAt: Number(row.installed_at),
    updatedAt: Number(row.updated_at),
    ...(row.broken_at === null ? {} : { brokenAt: Number(row.broken_at) }),
  };
}

/** Opens (or creates) a SQLite store at `filename`. */
export function createSqliteStore(filename: string): Store {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');

  return {
    kind: 'sqlite',
    async migrate() {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)');
      const applied = new Set(
        z
          .array(z.object({ version: z.number() }))
          .parse(db.prepare('SELECT version FROM schema_migrations').all())
          .map((row) => row.version),
      );
      migrations.forEach((sql, index) => {
        if (applied.has(index + 1)) return;
        db.transaction(() => {
          db.exec(sql);
          db.prepare('INSERT INTO schema_migrations (version) VALUES (?)').run(index + 1);
        })();
      });
    },
    async saveInstallation(i) {
      db.prepare(
        `INSERT INTO installations (portal_id, sealed_refresh_token, sealed_access_token,
           access_token_expires_at, scopes, installed_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (portal_id) DO UPDATE SET sealed_refresh_token = excluded.sealed_refresh_token,
           sealed_access_token = excluded.sealed_access_token,
           access_token_expires_at = excluded.access_token_expires_at,
           scopes = excluded.scopes, updated_at = excluded.updated_at, broken_at = NULL`,
      ).run(
        i.portalId,
        i.sealedRefreshToken,
        i.sealedAccessToken,
        i.accessTokenExpiresAt,
        i.scopes,
        i.installedAt,
        i.updatedAt,
      );
    },
    async updateRefreshedTokens(u) {
      const result = db
        .prepare(
          `UPDATE installations SET sealed_refresh_token = ?, sealed_access_token = ?,
             access_token_expires_at = ?, updated_at = ?
           WHERE portal_id = ? AND updated_at = ? AND broken_at IS NULL`,
        )
        .run(
          u.sealedRefreshToken,
          u.sealedAccessToken,
          u.accessTokenExpiresAt,
          u.updatedAt,
          u.portalId,
          u.ifUpdatedAt,
        );
      return result.changes === 1;
    },
    async markInstallationBroken(portalId, brokenAt, ifUpdatedAt) {
      return db.transaction(() => {
        const result = db
          .prepare(
            `UPDATE installations SET broken_at = ?, sealed_refresh_token = '', sealed_access_token = '',
             access_token_expires_at = 0, scopes = '' WHERE portal_id = ? AND updated_at = ?`,
          )
          .run(brokenAt, portalId, ifUpdatedAt);
        if (result.changes !== 1) return false;
        db.prepare('DELETE FROM idempotency_keys WHERE portal_id = ?').run(portalId);
        db.prepare('DELETE FROM portal_settings WHERE portal_id = ?').run(portalId);
        db.prepare('DELETE FROM tone_feedback WHERE portal_id = ?').run(portalId);
        return true;
      })();
    },
    async getInstallation(portalId) {
      const row: unknown = db
        .prepare('SELECT * FROM installations WHERE portal_id = ?')
        .get(portalId);
      return row === undefined ? undefined : installationFromRow(installationRow.parse(row));
    },
    async deleteInstallation(portalId) {
      db.transaction(() => {
        db.prepare('DELETE FROM installations WHERE portal_id = ?').run(portalId);
        db.prepare('DELETE FROM idempotency_keys WHERE portal_id = ?').run(portalId);
        db.prepare('DELETE FROM portal_settings WHERE portal_id = ?').run(portalId);
        db.prepare('DELETE FROM tone_feedback WHERE portal_id = ?').run(portalId);
      })();
    },
    async claimIdempotencyKey(input): Promise<IdempotencyClaim> {
      return db
        .transaction((): IdempotencyClaim => {
          const inserted = db
            .prepare(
              `INSERT INTO idempotency_keys (portal_id, idem_key, request_hash, contact_id, reply,
               claimed_at, expires_at) VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING`,
            )
            .run(
              input.portalId,
              input.key,
              input.requestHash,
              input.contactId,
              input.now,
              input.expiresAt,
            );
          if (inserted.changes === 1) return { state: 'claimed' };
          const row = keyRow.parse(
            db
              .prepare(
                'SELECT request_hash, reply, progress, claimed_at FROM idempotency_keys WHERE portal_id = ? AND idem_key = ?',
              )
              .get(input.portalId, input.key),
          );
          if (row.request_hash !== input.requestHash) return { state: 'mismatch' };
          if (row.reply !== null) return { state: 'completed', reply: row.reply };
          if (row.claimed_at === 0 || input.now - row.claimed_at > input.staleAfterMs) {
            db.prepare(
              'UPDATE idempotency_keys SET claimed_at = ? WHERE portal_id = ? AND idem_key = ?',
            ).run(input.now, input.portalId, input.key);
            return row.progress === null
              ? { state: 'claimed' }
              : { state: 'claimed', progress: row.progress };
          }
          return { state: 'in-progress' };
        })
        .immediate();
    },
    async completeIdempotencyKey(portalId, key, reply) {
      db.prepare('UPDATE idempotency_keys SET reply = ? WHERE portal_id = ? AND idem_key = ?').run(
        reply,
        portalId,
        key,
      );
    },
    async saveIdempotencyProgress(portalId, key, progress) {
      db.prepare(
        'UPDATE idempotency_keys SET progress = ? WHERE portal_id = ? AND idem_key = ?',
      ).run(progress, portalId, key);
    },
    async releaseIdempotencyKey(portalId, key) {
      db.prepare(
        'UPDATE idempotency_keys SET claimed_at = 0 WHERE portal_id = ? AND idem_key = ? AND reply IS NULL',
      ).run(portalId, key);
    },
    async deleteContactData(portalId, contactId) {
      return db
        .prepare('DELETE FROM idempotency_keys WHERE portal_id = ? AND contact_id = ?')
        .run(portalId, contactId).changes;
    },
    async rememberSignature(signatureHash, expiresAt) {
      const result = db
        .prepare(
          'INSERT INTO seen_signatures (signature_hash, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
        )
        .run(signatureHash, expiresAt);
      return result.changes === 1;
    },
    async forgetSignature(signatureHash) {
      db.prepare('DELETE FROM seen_signatures WHERE signature_hash = ?').run(signatureHash);
    },
    async saveOAuthState(stateHash, expiresAt) {
      db.prepare('INSERT INTO oauth_states (state_hash, expires_at) VALUES (?, ?)').run(
        stateHash,
        expiresAt,
      );
    },
    async consumeOAuthState(stateHash, now) {
      // One DELETE decides: of two callbacks with the same state, exactly one removes the row.
      return (
        db
          .prepare('DELETE FROM oauth_states WHERE state_hash = ? AND expires_at > ?')
          .run(stateHash, now).changes === 1
      );
    },
    async getSettings(portalId) {
      const row = z
        .object({ settings: z.string() })
        .optional()
        .parse(
          db.prepare('SELECT settings FROM portal_settings WHERE portal_id = ?').get(portalId),
        );
      return row?.settings;
    },
    async saveSettings(portalId, settingsJson, now) {
      db.prepare(
        `INSERT INTO portal_settings (portal_id, settings, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (portal_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
      ).run(portalId, settingsJson, now);
    },
    async saveToneFeedback(portalId, id, feedbackJson, now) {
      const result = db
        .prepare(
          `INSERT INTO tone_feedback (portal_id, feedback_id, feedback, created_at)
           VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(portalId, id, feedbackJson, now);
      return result.changes === 1;
    },
    async listToneFeedback(portalId, limit) {
      return z
        .array(z.object({ feedback: z.string() }))
        .parse(
          db
            .prepare(
              `SELECT feedback FROM tone_feedback WHERE portal_id = ?
               ORDER BY created_at DESC, feedback_id DESC LIMIT ?`,
            )
            .all(portalId, limit),
        )
        .map((row) => row.feedback);
    },
    async deleteExpired(now) {
      const keys = db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now);
      const signatures = db.prepare('DELETE FROM seen_signatures WHERE expires_at <= ?').run(now);
      const states = db.prepare('DELETE FROM oauth_states WHERE expires_at <= ?').run(now);
      return keys.changes + signatures.changes + states.changes;
    },
    async close() {
      db.close();
    },
  };
}
