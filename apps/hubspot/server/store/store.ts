/**
 * The backend's only state, behind one small repository interface: installations (tokens sealed by
 * the caller), idempotency keys with an expiry, per-portal settings, recently seen request
 * signatures (replay protection shared by every instance), agents' tone feedback and their tone
 * day counts (outcomes). Nothing about customers beyond ids, except drafts in tone feedback where the
 * portal's admin allows them; tone day counts are numbers only.
 */
import type { GuardEvent, ToneDayCounts, ToneSend } from '../../../../shared/outcomes';

/** One HubSpot account's installation of the app; tokens are already encrypted. */
export interface InstallationRecord {
  portalId: number;
  sealedRefreshToken: string;
  sealedAccessToken: string;
  /** When the access token expires (epoch ms). */
  accessTokenExpiresAt: number;
  /** Space-separated scopes granted. */
  scopes: string;
  installedAt: number;
  /** Last write of the row (install or refresh); a refresh updates only the row it read. */
  updatedAt: number;
  /**
   * When HubSpot refused the refresh token for good (`invalid_grant`): the installation is dead,
   * its tokens and data are erased, and no token request is made for it again until a new install
   * replaces the row.
   */
  brokenAt?: number;
}

/** New tokens from a refresh, for the row they were refreshed from. */
export interface TokenRefreshUpdate {
  portalId: number;
  sealedRefreshToken: string;
  sealedAccessToken: string;
  accessTokenExpiresAt: number;
  updatedAt: number;
  /** The row's `updatedAt` when the refresh read it: anything newer (a reinstall) wins. */
  ifUpdatedAt: number;
}

/** What happened when a write tried to claim its idempotency key. */
export type IdempotencyClaim =
  /** This caller owns the write; `progress` is what an earlier, failed attempt saved. */
  | { state: 'claimed'; progress?: string }
  | { state: 'completed'; reply: string }
  | { state: 'in-progress' }
  | { state: 'mismatch' };

/** A write's idempotency key claim. */
export interface IdempotencyKeyInput {
  portalId: number;
  key: string;
  /** Hash of the request (endpoint + body), so a key reused for another write is refused. */
  requestHash: string;
  /** The contact the write touches, so contact deletion can erase the key. */
  contactId: string;
  now: number;
  expiresAt: number;
  /** A claim still pending after this many ms is considered abandoned (its owner died). */
  staleAfterMs: number;
}

/** The repository every store implements (SQLite, PostgreSQL). */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations; safe to run from many instances at once. */
  migrate(): Promise<void>;
  /** Asks the database something trivial (readiness); rejects when it cannot be reached. */
  ping(): Promise<void>;
  /** An install: creates the portal's row or replaces it (clearing a broken mark). */
  saveInstallation(installation: InstallationRecord): Promise<void>;
  /**
   * A refresh's new tokens. Updates the row it was refreshed from and never creates one: an
   * uninstall or reinstall that landed meanwhile wins. False when nothing was updated.
   */
  updateRefreshedTokens(update: TokenRefreshUpdate): Promise<boolean>;
  /**
   * HubSpot refused the installation's refresh token for good (`invalid_grant`), if the row is still
   * the one read: keeps only the portal id, install time and `brokenAt` (so the card can say
   * "reinstall needed") and erases the rest of what is held for the portal: its sealed tokens and
   * granted scopes, idempotency keys, settings and tone feedback. HubSpot tells an app nothing when
   * it is uninstalled, so this is where an uninstall's erasure happens.
   */
  markInstallationBroken(portalId: number, brokenAt: number, ifUpdatedAt: number): Promise<boolean>;
  getInstallation(portalId: number): Promise<InstallationRecord | undefined>;
  /** Erases the installation and everything held for that portal (keys, settings, feedback). */
  deleteInstallation(portalId: number): Promise<void>;
  claimIdempotencyKey(input: IdempotencyKeyInput): Promise<IdempotencyClaim>;
  /** Stores the first result of the write; later claims return it. */
  completeIdempotencyKey(portalId: number, key: string, reply: string): Promise<void>;
  /** Saves how far a multi-step write got, so a retry resumes instead of repeating steps. */
  saveIdempotencyProgress(portalId: number, key: string, progress: string): Promise<void>;
  /** Frees a claim whose write failed (claimed_at 0, progress kept), so a retry may claim it at once. */
  releaseIdempotencyKey(portalId: number, key: string): Promise<void>;
  /** Erases the idempotency keys of one contact (contact deletion webhook). */
  deleteContactData(portalId: number, contactId: string): Promise<number>;
  /** Records a request signature; false when it was seen before (a replay). */
  rememberSignature(signatureHash: string, expiresAt: number): Promise<boolean>;
  forgetSignature(signatureHash: string): Promise<void>;
  /** Records an OAuth install state (its hash) until `expiresAt`. */
  saveOAuthState(stateHash: string, expiresAt: number): Promise<void>;
  /** Uses up a recorded, unexpired state; false when unknown, expired or already used. */
  consumeOAuthState(stateHash: string, now: number): Promise<boolean>;
  getSettings(portalId: number): Promise<string | undefined>;
  saveSettings(portalId: number, settingsJson: string, now: number): Promise<void>;
  /**
   * Keeps one piece of agent tone feedback (JSON) under its id; false when that id is already
   * kept (a retried click), which leaves the first one as it was.
   */
  saveToneFeedback(
    portalId: number,
    id: string,
    feedbackJson: string,
    now: number,
  ): Promise<boolean>;
  /** The portal's tone feedback (JSON), newest first, at most `limit`. */
  listToneFeedback(portalId: number, limit: number): Promise<string[]>;
  /**
   * Adds one tone event (a checked draft that was sent) to its agent's day: one row per portal,
   * agent and day, counts only. False when the portal already counted `send.sendId` (a retry),
   * which changes nothing.
   */
  addToneSend(portalId: number, send: ToneSend, now: number): Promise<boolean>;
  /**
   * Adds one contact-guard event (a guard's "not now", or a contact made against one) to its
   * agent's day, the same row as the tone counts. False when the portal already counted the agent's
   * `event.eventId` (a retry or a repeat), which changes nothing.
   */
  addGuardEvent(portalId: number, event: GuardEvent, now: number): Promise<boolean>;
  /**
   * The portal's days from `from` to `to` (YYYY-MM-DD, both inclusive), oldest first: tone and
   * guard counts, a day holding only guard events having no sends.
   */
  listToneDays(portalId: number, from: string, to: string): Promise<ToneDayCounts[]>;
  /** Erases the portal's tone days (and the send ids that dedupe them) before `day` (retention). */
  deleteToneDaysBefore(portalId: number, day: string): Promise<number>;
  /** Portals holding tone days, for the retention sweep. */
  portalsWithToneDays(): Promise<number[]>;
  /** Deletes expired idempotency keys, signatures and OAuth states; returns how many rows went. */
  deleteExpired(now: number): Promise<number>;
  close(): Promise<void>;
}

/** The schema, as ordered migrations in SQL both SQLite and PostgreSQL accept. */
export const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS installations (
     portal_id BIGINT PRIMARY KEY,
     sealed_refresh_token TEXT NOT NULL,
     sealed_access_token TEXT NOT NULL,
     access_token_expires_at BIGINT NOT NULL,
     scopes TEXT NOT NULL,
     installed_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS idempotency_keys (
     portal_id BIGINT NOT NULL,
     idem_key TEXT NOT NULL,
     request_hash TEXT NOT NULL,
     contact_id TEXT NOT NULL,
     reply TEXT,
     claimed_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL,
     PRIMARY KEY (portal_id, idem_key)
   );
   CREATE INDEX IF NOT EXISTS idempotency_keys_expiry ON idempotency_keys (expires_at);
   CREATE INDEX IF NOT EXISTS idempotency_keys_contact ON idempotency_keys (portal_id, contact_id);
   CREATE TABLE IF NOT EXISTS portal_settings (
     portal_id BIGINT PRIMARY KEY,
     settings TEXT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS seen_signatures (
     signature_hash TEXT PRIMARY KEY,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX IF NOT EXISTS seen_signatures_expiry ON seen_signatures (expires_at);`,
  `ALTER TABLE idempotency_keys ADD COLUMN progress TEXT`,
  `ALTER TABLE installations ADD COLUMN broken_at BIGINT`,
  `CREATE TABLE IF NOT EXISTS oauth_states (
     state_hash TEXT PRIMARY KEY,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX IF NOT EXISTS oauth_states_expiry ON oauth_states (expires_at);`,
  `CREATE TABLE IF NOT EXISTS tone_feedback (
     portal_id BIGINT NOT NULL,
     feedback_id TEXT NOT NULL,
     feedback TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     PRIMARY KEY (portal_id, feedback_id)
   );
   CREATE INDEX IF NOT EXISTS tone_feedback_recent ON tone_feedback (portal_id, created_at);`,
  // Outcomes (issue 17): one row per portal, agent and day, counts only; categories one row each
  // so both databases add to them with the same upsert; send ids so a retried event counts once.
  `CREATE TABLE IF NOT EXISTS tone_days (
     portal_id BIGINT NOT NULL,
     agent_id TEXT NOT NULL,
     day TEXT NOT NULL,
     team_id TEXT NOT NULL,
     drafts_checked BIGINT NOT NULL,
     sends BIGINT NOT NULL,
     ok_first_time BIGINT NOT NULL,
     blocks_caught BIGINT NOT NULL,
     sent_over_warning BIGINT NOT NULL,
     suggestions_applied BIGINT NOT NULL,
     verdict_ok BIGINT NOT NULL,
     verdict_review BIGINT NOT NULL,
     verdict_block BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (portal_id, agent_id, day)
   );
   CREATE INDEX IF NOT EXISTS tone_days_day ON tone_days (portal_id, day);
   CREATE TABLE IF NOT EXISTS tone_day_categories (
     portal_id BIGINT NOT NULL,
     agent_id TEXT NOT NULL,
     day TEXT NOT NULL,
     category TEXT NOT NULL,
     seen BIGINT NOT NULL,
     PRIMARY KEY (portal_id, agent_id, day, category)
   );
   CREATE TABLE IF NOT EXISTS tone_send_ids (
     portal_id BIGINT NOT NULL,
     send_id TEXT NOT NULL,
     day TEXT NOT NULL,
     PRIMARY KEY (portal_id, send_id)
   );
   CREATE INDEX IF NOT EXISTS tone_send_ids_day ON tone_send_ids (portal_id, day);`,
  // Contact-guard counts on the same day rows (so retention and erasure already cover them); their
  // event ids dedupe in tone_send_ids beside the send ids.
  `ALTER TABLE tone_days ADD COLUMN not_now BIGINT NOT NULL DEFAULT 0;
   ALTER TABLE tone_days ADD COLUMN contacts_against_guard BIGINT NOT NULL DEFAULT 0;`,
];
