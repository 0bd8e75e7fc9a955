/**
 * The SQL both stores run, written once. Statements use PostgreSQL's numbered parameters (`$1`);
 * SQLite runs the same text with `?` in their place (see `sqliteParameters`). Only how a statement
 * is executed differs between the stores (better-sqlite3 is synchronous, pg is a pool of
 * connections), so those mechanics stay in each store; what is said to the database lives here.
 */
import { z } from 'zod';
import { parsePlainDate } from '../../../../shared/calendar/calendar';
import type { GuardEvent, ToneDayCounts, ToneSend } from '../../../../shared/outcomes';
import { toneCategories, type ToneCategory } from '../../../../shared/tone/types';
import type {
  IdempotencyClaim,
  IdempotencyKeyInput,
  InstallationRecord,
  TokenRefreshUpdate,
} from './store';

/** Every statement the stores share, by what it does. */
export const sql = {
  createMigrationsTable:
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)',
  appliedMigrations: 'SELECT version FROM schema_migrations',
  recordMigration: 'INSERT INTO schema_migrations (version) VALUES ($1)',
  saveInstallation: `INSERT INTO installations (portal_id, sealed_refresh_token, sealed_access_token,
      access_token_expires_at, scopes, installed_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (portal_id) DO UPDATE SET sealed_refresh_token = excluded.sealed_refresh_token,
      sealed_access_token = excluded.sealed_access_token,
      access_token_expires_at = excluded.access_token_expires_at,
      scopes = excluded.scopes, updated_at = excluded.updated_at, broken_at = NULL`,
  updateRefreshedTokens: `UPDATE installations SET sealed_refresh_token = $1, sealed_access_token = $2,
      access_token_expires_at = $3, updated_at = $4
    WHERE portal_id = $5 AND updated_at = $6 AND broken_at IS NULL`,
  markInstallationBroken: `UPDATE installations SET broken_at = $1, sealed_refresh_token = '',
      sealed_access_token = '', access_token_expires_at = 0, scopes = ''
    WHERE portal_id = $2 AND updated_at = $3`,
  getInstallation: 'SELECT * FROM installations WHERE portal_id = $1',
  deleteInstallation: 'DELETE FROM installations WHERE portal_id = $1',
  claimIdempotencyKey: `INSERT INTO idempotency_keys (portal_id, idem_key, request_hash, contact_id,
      reply, claimed_at, expires_at) VALUES ($1, $2, $3, $4, NULL, $5, $6) ON CONFLICT DO NOTHING`,
  readIdempotencyKey: `SELECT request_hash, reply, progress, claimed_at FROM idempotency_keys
    WHERE portal_id = $1 AND idem_key = $2`,
  // Takes over an abandoned claim only if nobody else did since it was read. SQLite runs this
  // inside its claim transaction, where the extra conditions always hold; PostgreSQL needs them.
  takeOverIdempotencyKey: `UPDATE idempotency_keys SET claimed_at = $1
    WHERE portal_id = $2 AND idem_key = $3 AND claimed_at = $4 AND reply IS NULL`,
  completeIdempotencyKey:
    'UPDATE idempotency_keys SET reply = $1 WHERE portal_id = $2 AND idem_key = $3',
  saveIdempotencyProgress:
    'UPDATE idempotency_keys SET progress = $1 WHERE portal_id = $2 AND idem_key = $3',
  releaseIdempotencyKey: `UPDATE idempotency_keys SET claimed_at = 0
    WHERE portal_id = $1 AND idem_key = $2 AND reply IS NULL`,
  deleteContactData: 'DELETE FROM idempotency_keys WHERE portal_id = $1 AND contact_id = $2',
  rememberSignature: `INSERT INTO seen_signatures (signature_hash, expires_at) VALUES ($1, $2)
    ON CONFLICT DO NOTHING`,
  forgetSignature: 'DELETE FROM seen_signatures WHERE signature_hash = $1',
  saveOAuthState: 'INSERT INTO oauth_states (state_hash, expires_at) VALUES ($1, $2)',
  // One DELETE decides: of two callbacks with the same state, exactly one removes the row.
  consumeOAuthState: 'DELETE FROM oauth_states WHERE state_hash = $1 AND expires_at > $2',
  getSettings: 'SELECT settings FROM portal_settings WHERE portal_id = $1',
  saveSettings: `INSERT INTO portal_settings (portal_id, settings, updated_at) VALUES ($1, $2, $3)
    ON CONFLICT (portal_id) DO UPDATE SET settings = excluded.settings,
      updated_at = excluded.updated_at`,
  saveToneFeedback: `INSERT INTO tone_feedback (portal_id, feedback_id, feedback, created_at)
    VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
  listToneFeedback: `SELECT feedback FROM tone_feedback WHERE portal_id = $1
    ORDER BY created_at DESC, feedback_id DESC LIMIT $2`,
  claimToneSend: `INSERT INTO tone_send_ids (portal_id, send_id, day) VALUES ($1, $2, $3)
    ON CONFLICT DO NOTHING`,
  // Adds to the day's counts (creating the row at zero): both databases take this upsert.
  addToneSend: `INSERT INTO tone_days (portal_id, agent_id, day, team_id, drafts_checked, sends,
      ok_first_time, blocks_caught, sent_over_warning, suggestions_applied, verdict_ok,
      verdict_review, verdict_block, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
    ON CONFLICT (portal_id, agent_id, day) DO UPDATE SET
      team_id = CASE WHEN excluded.team_id = '' THEN tone_days.team_id ELSE excluded.team_id END,
      drafts_checked = tone_days.drafts_checked + excluded.drafts_checked,
      sends = tone_days.sends + excluded.sends,
      ok_first_time = tone_days.ok_first_time + excluded.ok_first_time,
      blocks_caught = tone_days.blocks_caught + excluded.blocks_caught,
      sent_over_warning = tone_days.sent_over_warning + excluded.sent_over_warning,
      suggestions_applied = tone_days.suggestions_applied + excluded.suggestions_applied,
      verdict_ok = tone_days.verdict_ok + excluded.verdict_ok,
      verdict_review = tone_days.verdict_review + excluded.verdict_review,
      verdict_block = tone_days.verdict_block + excluded.verdict_block,
      updated_at = excluded.updated_at`,
  // A guard event adds to the same day row (created with zero tone counts when it is the first).
  addGuardEvent: `INSERT INTO tone_days (portal_id, agent_id, day, team_id, drafts_checked, sends,
      ok_first_time, blocks_caught, sent_over_warning, suggestions_applied, verdict_ok,
      verdict_review, verdict_block, not_now, contacts_against_guard, updated_at)
    VALUES ($1, $2, $3, $4, 0, 0, 0, 0, 0, 0, 0, 0, 0, $5, $6, $7)
    ON CONFLICT (portal_id, agent_id, day) DO UPDATE SET
      team_id = CASE WHEN excluded.team_id = '' THEN tone_days.team_id ELSE excluded.team_id END,
      not_now = tone_days.not_now + excluded.not_now,
      contacts_against_guard = tone_days.contacts_against_guard + excluded.contacts_against_guard,
      updated_at = excluded.updated_at`,
  addToneCategory: `INSERT INTO tone_day_categories (portal_id, agent_id, day, category, seen)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (portal_id, agent_id, day, category) DO UPDATE SET
      seen = tone_day_categories.seen + excluded.seen`,
  listToneDays: `SELECT * FROM tone_days WHERE portal_id = $1 AND day >= $2 AND day <= $3
    ORDER BY day, agent_id`,
  listToneCategories: `SELECT agent_id, day, category, seen FROM tone_day_categories
    WHERE portal_id = $1 AND day >= $2 AND day <= $3`,
  /** A portal's tone days before a day (`$2`), each table in turn (retention). */
  deleteToneDaysBefore: [
    'DELETE FROM tone_days WHERE portal_id = $1 AND day < $2',
    'DELETE FROM tone_day_categories WHERE portal_id = $1 AND day < $2',
    'DELETE FROM tone_send_ids WHERE portal_id = $1 AND day < $2',
  ],
  portalsWithToneDays: 'SELECT DISTINCT portal_id FROM tone_days',
  /**
   * What is held for a portal besides its installation row, each erased by portal id (`$1`): on
   * uninstall together with the row, and when the installation breaks while its row is kept.
   */
  erasePortalData: [
    'DELETE FROM idempotency_keys WHERE portal_id = $1',
    'DELETE FROM portal_settings WHERE portal_id = $1',
    'DELETE FROM tone_feedback WHERE portal_id = $1',
    'DELETE FROM tone_days WHERE portal_id = $1',
    'DELETE FROM tone_day_categories WHERE portal_id = $1',
    'DELETE FROM tone_send_ids WHERE portal_id = $1',
  ],
  /** Expired rows, each deleted with the current time as `$1` (the sweep). */
  deleteExpired: [
    'DELETE FROM idempotency_keys WHERE expires_at <= $1',
    'DELETE FROM seen_signatures WHERE expires_at <= $1',
    'DELETE FROM oauth_states WHERE expires_at <= $1',
  ],
} as const;

/** A value bound to a statement parameter. */
export type SqlParameter = string | number;

/** The parameters of the statements that take many, in order. */
export const parametersOf = {
  /** `sql.saveInstallation` */
  installation: (i: InstallationRecord): SqlParameter[] => [
    i.portalId,
    i.sealedRefreshToken,
    i.sealedAccessToken,
    i.accessTokenExpiresAt,
    i.scopes,
    i.installedAt,
    i.updatedAt,
  ],
  /** `sql.updateRefreshedTokens` */
  refresh: (u: TokenRefreshUpdate): SqlParameter[] => [
    u.sealedRefreshToken,
    u.sealedAccessToken,
    u.accessTokenExpiresAt,
    u.updatedAt,
    u.portalId,
    u.ifUpdatedAt,
  ],
  /** `sql.addToneSend`: what one send adds to its day. */
  toneSend: (portalId: number, send: ToneSend, now: number): SqlParameter[] => [
    portalId,
    send.agent,
    send.date,
    send.team ?? '',
    Math.max(0, send.checks),
    1,
    send.firstVerdict === 'ok' ? 1 : 0,
    Math.max(0, send.blocksCaught),
    send.sentOverWarning ? 1 : 0,
    Math.max(0, send.suggestionsApplied),
    send.finalVerdict === 'ok' ? 1 : 0,
    send.finalVerdict === 'review' ? 1 : 0,
    send.finalVerdict === 'block' ? 1 : 0,
    now,
  ],
  /** `sql.addGuardEvent`: what one guard event adds to its day. */
  guardEvent: (portalId: number, event: GuardEvent, now: number): SqlParameter[] => [
    portalId,
    event.agent,
    event.date,
    event.team ?? '',
    event.kind === 'not-now' ? 1 : 0,
    event.kind === 'contact-against-guard' ? 1 : 0,
    now,
  ],
  /**
   * `sql.claimToneSend` for a guard event: its id is the agent's, since a "not now" id names only
   * the contact, channel and day, and each agent who is told "not now" counts it once.
   */
  guardEventClaim: (portalId: number, event: GuardEvent): SqlParameter[] => [
    portalId,
    `guard-${event.agent}-${event.eventId}`,
    event.date,
  ],
  /** `sql.addToneCategory`, one list per category the send saw. */
  toneCategories: (portalId: number, send: ToneSend): SqlParameter[][] =>
    toneCategories.flatMap((category) => {
      const seen = send.categories[category] ?? 0;
      return seen > 0 ? [[portalId, send.agent, send.date, category, seen]] : [];
    }),
  /** `sql.claimIdempotencyKey` */
  claim: (input: IdempotencyKeyInput): SqlParameter[] => [
    input.portalId,
    input.key,
    input.requestHash,
    input.contactId,
    input.now,
    input.expiresAt,
  ],
};

/**
 * A statement for SQLite: `$n` becomes `?`. better-sqlite3 binds `?` by position, so this holds
 * only when `$1…$n` each appear once and in order, which is checked rather than assumed.
 */
export function sqliteParameters(statement: string): string {
  let expected = 1;
  const text = statement.replace(/\$(\d+)/g, (_match, digits: string) => {
    if (Number(digits) !== expected)
      throw new Error(`SQL parameters out of order for SQLite: $${digits} in ${statement}`);
    expected += 1;
    return '?';
  });
  return text;
}

// pg returns BIGINT columns as strings and SQLite as numbers; our values (epoch ms, portal ids)
// are safe integers either way.
const bigint = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number);

/** A row of `installations` as either database returns it. */
const installationRow = z
  .object({
    portal_id: bigint,
    sealed_refresh_token: z.string(),
    sealed_access_token: z.string(),
    access_token_expires_at: bigint,
    scopes: z.string(),
    installed_at: bigint,
    updated_at: bigint,
    broken_at: bigint.nullable(),
  })
  .transform((row): InstallationRecord => ({
    portalId: row.portal_id,
    sealedRefreshToken: row.sealed_refresh_token,
    sealedAccessToken: row.sealed_access_token,
    accessTokenExpiresAt: row.access_token_expires_at,
    scopes: row.scopes,
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
    ...(row.broken_at === null ? {} : { brokenAt: row.broken_at }),
  }));

/** A row of `tone_days`. */
const toneDayRow = z.object({
  agent_id: z.string(),
  day: z.string(),
  team_id: z.string(),
  drafts_checked: bigint,
  sends: bigint,
  ok_first_time: bigint,
  blocks_caught: bigint,
  sent_over_warning: bigint,
  suggestions_applied: bigint,
  verdict_ok: bigint,
  verdict_review: bigint,
  verdict_block: bigint,
  not_now: bigint,
  contacts_against_guard: bigint,
});

/** The row `readIdempotencyKey` returns. */
const idempotencyKeyRow = z.object({
  request_hash: z.string(),
  reply: z.string().nullable(),
  progress: z.string().nullable(),
  claimed_at: bigint,
});
/** One idempotency key as read back. */
export type IdempotencyKeyRow = z.infer<typeof idempotencyKeyRow>;

/** What the statements that read return, checked as either database returns it. */
export const rows = {
  installation: installationRow,
  idempotencyKey: idempotencyKeyRow,
  /** `sql.appliedMigrations` */
  migrations: z.array(z.object({ version: z.number() })),
  /** `sql.getSettings`, when there is a row */
  settings: z.object({ settings: z.string() }).optional(),
  /** `sql.listToneFeedback` */
  toneFeedback: z.array(z.object({ feedback: z.string() })),
  /** `sql.listToneDays` */
  toneDays: z.array(toneDayRow),
  /** `sql.listToneCategories` */
  toneCategories: z.array(
    z.object({
      agent_id: z.string(),
      day: z.string(),
      category: z.enum(toneCategories),
      seen: bigint,
    }),
  ),
  /** `sql.portalsWithToneDays` */
  portals: z.array(z.object({ portal_id: bigint })),
};

/** Tone day rows and their category rows as the days the outcomes read. */
export function toneDaysOf(
  days: z.infer<typeof rows.toneDays>,
  categoryRows: z.infer<typeof rows.toneCategories>,
): ToneDayCounts[] {
  const categories = new Map<string, Partial<Record<ToneCategory, number>>>();
  for (const row of categoryRows) {
    const key = `${row.agent_id}\n${row.day}`;
    categories.set(key, { ...categories.get(key), [row.category]: row.seen });
  }
  return days.flatMap((row) => {
    const date = parsePlainDate(row.day);
    if (date === undefined) return [];
    return [
      {
        agent: row.agent_id,
        ...(row.team_id === '' ? {} : { team: row.team_id }),
        date,
        draftsChecked: row.drafts_checked,
        sends: row.sends,
        okFirstTime: row.ok_first_time,
        blocksCaught: row.blocks_caught,
        sentOverWarning: row.sent_over_warning,
        suggestionsApplied: row.suggestions_applied,
        categories: categories.get(`${row.agent_id}\n${row.day}`) ?? {},
        verdicts: { ok: row.verdict_ok, review: row.verdict_review, block: row.verdict_block },
        notNow: row.not_now,
        contactsAgainstGuard: row.contacts_against_guard,
        // The store dedupes by send id in its own table; the day itself carries none.
        recentSends: [],
      },
    ];
  });
}

/** How a claim on an idempotency key that already exists is answered. */
export const claims = { existing: existingClaim, takenOver: takenOverClaim };

/**
 * What a claim finds when its key already exists: another request's write (`mismatch`), a finished
 * one, or one still running. `undefined` when the claim is abandoned and may be taken over.
 */
function existingClaim(
  row: IdempotencyKeyRow,
  input: Pick<IdempotencyKeyInput, 'requestHash' | 'now' | 'staleAfterMs'>,
): IdempotencyClaim | undefined {
  if (row.request_hash !== input.requestHash) return { state: 'mismatch' };
  if (row.reply !== null) return { state: 'completed', reply: row.reply };
  if (row.claimed_at === 0 || input.now - row.claimed_at > input.staleAfterMs) return undefined;
  return { state: 'in-progress' };
}

/** The claim of a write that took its key over, resuming from what an earlier attempt saved. */
function takenOverClaim(row: IdempotencyKeyRow): IdempotencyClaim {
  return row.progress === null
    ? { state: 'claimed' }
    : { state: 'claimed', progress: row.progress };
}
