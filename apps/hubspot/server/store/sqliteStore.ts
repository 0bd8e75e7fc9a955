/** The embedded store: SQLite through better-sqlite3 (one file, or `:memory:` for tests and the playground). */
import Database from 'better-sqlite3';
import { migrations, type IdempotencyClaim, type Store } from './store';
import {
  claims,
  parametersOf,
  rows,
  sql,
  sqliteParameters,
  toneDaysOf,
  type SqlParameter,
} from './sql';

/** Opens (or creates) a SQLite store at `filename`. */
export function createSqliteStore(filename: string): Store {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');

  // Prepared once per statement text: the shared SQL is fixed, so this cache stays small.
  const prepared = new Map<string, Database.Statement>();
  const statement = (text: string): Database.Statement => {
    let found = prepared.get(text);
    if (found === undefined) {
      found = db.prepare(sqliteParameters(text));
      prepared.set(text, found);
    }
    return found;
  };
  /** Runs a write; returns how many rows it changed. */
  const run = (text: string, ...parameters: SqlParameter[]): number =>
    statement(text).run(...parameters).changes;
  const get = (text: string, ...parameters: SqlParameter[]): unknown =>
    statement(text).get(...parameters);
  const all = (text: string, ...parameters: SqlParameter[]): unknown[] =>
    statement(text).all(...parameters);
  const erase = (portalId: number) => sql.erasePortalData.forEach((text) => run(text, portalId));

  return {
    kind: 'sqlite',
    async migrate() {
      // One IMMEDIATE transaction: another process opening the same file at the same moment waits
      // for it (busy_timeout), then finds every migration applied.
      db.transaction(() => {
        db.exec(sql.createMigrationsTable);
        const applied = new Set(
          rows.migrations.parse(all(sql.appliedMigrations)).map((r) => r.version),
        );
        migrations.forEach((migration, index) => {
          if (applied.has(index + 1)) return;
          db.exec(migration);
          run(sql.recordMigration, index + 1);
        });
      }).immediate();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async saveInstallation(i) {
      run(sql.saveInstallation, ...parametersOf.installation(i));
    },
    async updateRefreshedTokens(u) {
      return run(sql.updateRefreshedTokens, ...parametersOf.refresh(u)) === 1;
    },
    async markInstallationBroken(portalId, brokenAt, ifUpdatedAt) {
      return db.transaction(() => {
        if (run(sql.markInstallationBroken, brokenAt, portalId, ifUpdatedAt) !== 1) return false;
        erase(portalId);
        return true;
      })();
    },
    async getInstallation(portalId) {
      const row = get(sql.getInstallation, portalId);
      return row === undefined ? undefined : rows.installation.parse(row);
    },
    async deleteInstallation(portalId) {
      db.transaction(() => {
        run(sql.deleteInstallation, portalId);
        erase(portalId);
      })();
    },
    async claimIdempotencyKey(input): Promise<IdempotencyClaim> {
      // IMMEDIATE: the write lock is taken before the read, so two claims never both take over.
      return db
        .transaction((): IdempotencyClaim => {
          const inserted = run(sql.claimIdempotencyKey, ...parametersOf.claim(input));
          if (inserted === 1) return { state: 'claimed' };
          const row = rows.idempotencyKey.parse(
            get(sql.readIdempotencyKey, input.portalId, input.key),
          );
          const existing = claims.existing(row, input);
          if (existing !== undefined) return existing;
          run(sql.takeOverIdempotencyKey, input.now, input.portalId, input.key, row.claimed_at);
          return claims.takenOver(row);
        })
        .immediate();
    },
    async completeIdempotencyKey(portalId, key, reply) {
      run(sql.completeIdempotencyKey, reply, portalId, key);
    },
    async saveIdempotencyProgress(portalId, key, progress) {
      run(sql.saveIdempotencyProgress, progress, portalId, key);
    },
    async releaseIdempotencyKey(portalId, key) {
      run(sql.releaseIdempotencyKey, portalId, key);
    },
    async deleteContactData(portalId, contactId) {
      return run(sql.deleteContactData, portalId, contactId);
    },
    async rememberSignature(signatureHash, expiresAt) {
      return run(sql.rememberSignature, signatureHash, expiresAt) === 1;
    },
    async forgetSignature(signatureHash) {
      run(sql.forgetSignature, signatureHash);
    },
    async saveOAuthState(stateHash, expiresAt) {
      run(sql.saveOAuthState, stateHash, expiresAt);
    },
    async consumeOAuthState(stateHash, now) {
      return run(sql.consumeOAuthState, stateHash, now) === 1;
    },
    async getSettings(portalId) {
      return rows.settings.parse(get(sql.getSettings, portalId))?.settings;
    },
    async saveSettings(portalId, settingsJson, now) {
      run(sql.saveSettings, portalId, settingsJson, now);
    },
    async saveToneFeedback(portalId, id, feedbackJson, now) {
      return run(sql.saveToneFeedback, portalId, id, feedbackJson, now) === 1;
    },
    async listToneFeedback(portalId, limit) {
      return rows.toneFeedback
        .parse(all(sql.listToneFeedback, portalId, limit))
        .map((row) => row.feedback);
    },
    async addToneSend(portalId, send, now) {
      // One transaction: the send id and the counts it adds are kept together or not at all.
      return db
        .transaction(() => {
          if (run(sql.claimToneSend, portalId, send.sendId, send.date) !== 1) return false;
          run(sql.addToneSend, ...parametersOf.toneSend(portalId, send, now));
          for (const category of parametersOf.toneCategories(portalId, send)) {
            run(sql.addToneCategory, ...category);
          }
          return true;
        })
        .immediate();
    },
    async addGuardEvent(portalId, event, now) {
      // As a send: the event id and the count it adds are kept together or not at all.
      return db
        .transaction(() => {
          if (run(sql.claimToneSend, ...parametersOf.guardEventClaim(portalId, event)) !== 1) {
            return false;
          }
          run(sql.addGuardEvent, ...parametersOf.guardEvent(portalId, event, now));
          return true;
        })
        .immediate();
    },
    async listToneDays(portalId, from, to) {
      return toneDaysOf(
        rows.toneDays.parse(all(sql.listToneDays, portalId, from, to)),
        rows.toneCategories.parse(all(sql.listToneCategories, portalId, from, to)),
      );
    },
    async deleteToneDaysBefore(portalId, day) {
      return db.transaction(() =>
        sql.deleteToneDaysBefore.reduce((total, text) => total + run(text, portalId, day), 0),
      )();
    },
    async portalsWithToneDays() {
      return rows.portals.parse(all(sql.portalsWithToneDays)).map((row) => row.portal_id);
    },
    async deleteExpired(now) {
      return sql.deleteExpired.reduce((total, text) => total + run(text, now), 0);
    },
    async close() {
      db.close();
    },
  };
}
