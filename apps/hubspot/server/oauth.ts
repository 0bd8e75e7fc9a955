/**
 * OAuth for the marketplace app: the install link (exactly the scopes we use), the callback's code
 * exchange and token refresh. The token endpoint is called with `fetch` and an abort
 * timeout (the generated `@hubspot/api-client` OAuth API cannot be cancelled, so a hung HubSpot
 * would hold every request of the portal). Tokens are sealed with AES-256-GCM before they reach
 * the store; one installation per portal.
 */
import { Client } from '@hubspot/api-client';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { retryAfterMs } from '../../../shared/http/retry-after';
import type { Logger, Result } from '../../../shared/ports';
import { err, ok } from '../../../shared/ports';
import { backendError, type BackendError } from './errors';
import type { RefreshLock } from './coordination/coordination';
import { refreshOnce } from './coordination/refreshOnce';
import type { Store } from './store/store';
import type { TokenCipher } from './tokenCipher';
import { settleBefore } from './settle-before';
import { optionalScopes, requiredScopes } from '../scopes';

/**
 * The install link asks for exactly the scopes of the app's configuration, from the one list in
 * apps/hubspot/scopes.ts (which app-hsmeta.json is generated from): HubSpot refuses an install whose
 * link lacks a required scope of the app.
 */
export { optionalScopes, requiredScopes };

/** Refresh this long before the access token expires, so no card request meets an expired one. */
export const refreshAheadMs = 5 * 60 * 1000;

/** How long an install link's state is good for (and its cookie lives). */
export const installStateLifetimeMs = 10 * 60 * 1000;

/** The cookie binding an install's state to the browser that started it. */
export const installStateCookieName = 'tactful_oauth_state';

/** How long one call to HubSpot's OAuth endpoints may take unless told otherwise. */
export const defaultTokenTimeoutMs = 5000;

/** The parts of OAuth the routes use. */
export interface OAuthOptions {
  clientId: string;
  clientSecret: string;
  basePath: string;
  store: Store;
  cipher: TokenCipher;
  logger: Logger;
  now: () => number;
  /** Longest wait for one call to HubSpot's OAuth endpoints (default {@link defaultTokenTimeoutMs}). */
  tokenTimeoutMs?: number;
  /**
   * One refresh per portal across instances (a PostgreSQL advisory lock); without it, one per
   * portal in this process only.
   */
  refreshLock?: RefreshLock;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A CSRF state for the install link, verifiable by any instance: HMAC with `stateKey` (derived from
 * our own secret), issue time inside so an old one is refused before the store is asked.
 */
export function createInstallState(stateKey: Buffer, now: number): string {
  const payload = `${now}.${randomBytes(12).toString('base64url')}`;
  const mac = createHmac('sha256', stateKey).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

/** True for a state we issued in the last ten minutes. */
export function verifyInstallState(state: string, stateKey: Buffer, now: number): boolean {
  const [issued, nonce, mac] = state.split('.');
  if (!issued || !nonce || !mac || !/^\d+$/.test(issued)) return false;
  const expected = createHmac('sha256', stateKey).update(`${issued}.${nonce}`).digest('base64url');
  const given = Buffer.from(mac);
  const want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return false;
  const age = now - Number(issued);
  return age >= 0 && age <= installStateLifetimeMs;
}

/** The state's id in the store (a hash: the state itself never rests anywhere but the cookie). */
export function installStateFingerprint(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}

/**
 * Where the install cookie lives (set signed by @fastify/cookie, for as long as the state is good):
 * HttpOnly (no script reads it), SameSite=Lax (sent on HubSpot's top-level redirect back to us, not
 * on cross-site subrequests), Secure on an https origin, and only under /oauth.
 */
export function installCookieScope(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/oauth' } as const;
}

/** True when the cookie's value is exactly this state (compared in constant time). */
export function sameState(cookieValue: string, state: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(cookieValue), digest(state));
}

/** The HubSpot authorisation URL the install button links to. */
export function installUrl(clientId: string, redirectUri: string, state: string): string {
  return new Client().oauth.getAuthorizationUrl(
    clientId,
    redirectUri,
    requiredScopes.join(' '),
    optionalScopes.join(' '),
    state,
  );
}

// HubSpot's token endpoint replies in snake_case (OAuth 2.0).
const tokenReply = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().positive(),
});
type Tokens = z.infer<typeof tokenReply>;
const tokenInfo = z.object({ hub_id: z.number().int().positive(), scopes: z.array(z.string()) });
// HubSpot's OAuth errors are `{ status: "BAD_REFRESH_TOKEN", message }`; RFC 6749 servers (and
// HubSpot's newer endpoints) say `{ error: "invalid_grant" }`. Either means the grant is dead.
const oauthError = z
  .object({ status: z.string().optional(), error: z.string().optional() })
  .loose();
const hubspotStatusText = /^[A-Z_]{1,40}$/;

/** What one call to the token endpoint came to. */
type TokenOutcome =
  | { kind: 'tokens'; tokens: Tokens }
  /** The code or refresh token is dead: retrying cannot help. */
  | { kind: 'invalid-grant' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  /** Another 4xx: most likely our own configuration (client id or secret). */
  | { kind: 'refused'; status: number }
  | { kind: 'unavailable' }
  | { kind: 'malformed' };

/** What an HTTP call to HubSpot came to, before its body is interpreted. */
type OAuthReply =
  | { kind: 'reply'; status: number; retryAfter: string | null; body: unknown }
  | { kind: 'timeout' }
  | { kind: 'network' };

/** HubSpot's token Retry-After, at least 1 s; without a usable header, 10 s. */
function coolingMs(header: string | null, now: number): number {
  return Math.max(1000, retryAfterMs(header, now) ?? 10_000);
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

const notInstalled = () =>
  backendError('not-installed', 'Tactful is not installed in this HubSpot account.');
const reinstallNeeded = () =>
  backendError(
    'reinstall-needed',
    'HubSpot no longer accepts this installation of Tactful; a HubSpot admin must reinstall it.',
  );
const slowHubSpot = () =>
  backendError('hubspot-unavailable', 'HubSpot is answering slowly; try again shortly.', 5);
/** HubSpot's OAuth endpoint was down: an install or a refresh may be tried again in 5 seconds. */
const tryAgainShortly = (what: 'renew' | 'complete') =>
  backendError(
    'hubspot-unavailable',
    `HubSpot could not ${what} the authorisation; try again shortly.`,
    5,
  );
const rateLimited = (waitMs: number) =>
  backendError(
    'rate-limited',
    'HubSpot asked us to slow down; try again shortly.',
    Math.max(1, Math.ceil(waitMs / 1000)),
  );
const malformed = () =>
  backendError('hubspot-malformed-reply', 'HubSpot returned something we did not understand.');

/** A token call HubSpot gave no usable answer to: it was busy, down, or garbled. */
type Unanswered = Extract<TokenOutcome, { kind: 'rate-limited' | 'unavailable' | 'malformed' }>;

/** What an installing or renewing caller is told when HubSpot gave no usable answer. */
function unanswered(outcome: Unanswered, what: 'renew' | 'complete'): BackendError {
  switch (outcome.kind) {
    case 'rate-limited':
      return rateLimited(outcome.retryAfterMs);
    case 'unavailable':
      return tryAgainShortly(what);
    case 'malformed':
      return malformed();
  }
}

/** Tokens for portals: installs and refreshes ahead of expiry (once per portal at a time). */
export interface Installations {
  /** Exchanges an authorisation code; stores the installation; returns its portal id. */
  install(
    code: string,
    redirectUri: string,
    deadline: number,
  ): Promise<Result<{ portalId: number; accessToken: string }, BackendError>>;
  /**
   * A valid access token for the portal, refreshed when near expiry or when `force` is set. Answers
   * by `deadline` (epoch ms, the incoming request's) even when HubSpot's token endpoint does not.
   */
  accessToken(
    portalId: number,
    force: boolean,
    deadline: number,
  ): Promise<Result<string, BackendError>>;
  /** Forgets a portal's cached token (its installation was erased elsewhere, e.g. by a webhook). */
  forget(portalId: number): void;
}

/** The installation manager over the store. */
export function createInstallations(options: OAuthOptions): Installations {
  const { store, cipher, logger, now } = options;
  const tokenTimeoutMs = options.tokenTimeoutMs ?? defaultTokenTimeoutMs;
  const refreshing = new Map<number, Promise<Result<string, BackendError>>>();
  // Decrypted access tokens, kept briefly so a page of ten HubSpot calls reads the store once.
  // At most a minute: another instance may have refreshed or erased the installation meanwhile.
  const cached = new Map<number, { token: string; validUntil: number }>();
  // Portals whose refresh HubSpot rate-limited: no token request before its Retry-After.
  const coolingUntil = new Map<number, number>();
  const remember = (portalId: number, token: string, expiresAt: number) =>
    cached.set(portalId, {
      token,
      validUntil: Math.min(expiresAt - refreshAheadMs, now() + 60_000),
    });

  const callOAuth = async (
    method: 'GET' | 'POST',
    path: string,
    form: Record<string, string> | undefined,
    timeoutMs: number,
  ): Promise<OAuthReply> => {
    try {
      const response = await fetch(`${options.basePath}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' } : {}),
        },
        ...(form ? { body: new URLSearchParams(form).toString() } : {}),
        signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
      });
      const text = await response.text();
      return {
        kind: 'reply',
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: parseJson(text),
      };
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return { kind: timedOut ? 'timeout' : 'network' };
    }
  };

  /** One token request (code exchange or refresh), its reply classified. Logs ids and codes only. */
  const requestTokens = async (
    operation: 'install' | 'refresh',
    form: Record<string, string>,
    timeoutMs: number,
    portalId?: number,
  ): Promise<TokenOutcome> => {
    const reply = await callOAuth('POST', '/oauth/v1/token', form, timeoutMs);
    const log = (event: string, fields: Record<string, string | number>) =>
      logger.warn(event, { operation, ...(portalId === undefined ? {} : { portalId }), ...fields });
    if (reply.kind !== 'reply') {
      log('oauth.failed', { kind: reply.kind });
      return { kind: 'unavailable' };
    }
    if (reply.status >= 200 && reply.status < 300) {
      const tokens = tokenReply.safeParse(reply.body);
      if (tokens.success) return { kind: 'tokens', tokens: tokens.data };
      log('oauth.malformed-reply', { status: reply.status });
      return { kind: 'malformed' };
    }
    const body = oauthError.safeParse(reply.body);
    const hubspotStatus =
      body.success && body.data.status && hubspotStatusText.test(body.data.status)
        ? body.data.status
        : undefined;
    log('oauth.failed', {
      status: reply.status,
      ...(hubspotStatus === undefined ? {} : { hubspotStatus }),
    });
    if (reply.status === 429)
      return { kind: 'rate-limited', retryAfterMs: coolingMs(reply.retryAfter, now()) };
    if (reply.status >= 500) return { kind: 'unavailable' };
    if (
      reply.status === 400 &&
      body.success &&
      (body.data.error === 'invalid_grant' || body.data.status === 'BAD_REFRESH_TOKEN')
    )
      return { kind: 'invalid-grant' };
    return { kind: 'refused', status: reply.status };
  };

  const refresh = async (portalId: number): Promise<Result<string, BackendError>> => {
    const installation = await store.getInstallation(portalId);
    if (!installation) return err(notInstalled());
    if (installation.brokenAt !== undefined) return err(reinstallNeeded());
    const refreshToken = cipher.decrypt(installation.sealedRefreshToken, portalId);
    if (refreshToken === undefined) {
      logger.error('oauth.token-unreadable', { portalId });
      return err(
        backendError(
          'reinstall-needed',
          'Stored authorisation is unreadable; a HubSpot admin must reinstall the app.',
        ),
      );
    }
    const outcome = await requestTokens(
      'refresh',
      {
        grant_type: 'refresh_token',
        client_id: options.clientId,
        client_secret: options.clientSecret,
        refresh_token: refreshToken,
      },
      tokenTimeoutMs,
      portalId,
    );
    switch (outcome.kind) {
      case 'invalid-grant':
        // HubSpot will refuse this refresh token for ever (uninstalled or revoked): remember it, so
        // the card says "reinstall" at once and HubSpot is not asked again until a new install, and
        // erase everything else held for the portal (HubSpot sends apps no uninstall event).
        await store.markInstallationBroken(portalId, now(), installation.updatedAt);
        cached.delete(portalId);
        logger.warn('oauth.installation-broken', { portalId });
        return err(reinstallNeeded());
      case 'rate-limited':
        coolingUntil.set(portalId, now() + outcome.retryAfterMs);
        return err(unanswered(outcome, 'renew'));
      case 'refused':
        // Not the portal's fault (a wrong client id or secret, most likely): no reinstall advice.
        logger.error('oauth.refresh-refused', { portalId, status: outcome.status });
        return err(
          backendError(
            'hubspot-unavailable',
            'HubSpot refused to renew the authorisation; try again later.',
            30,
          ),
        );
      case 'unavailable':
      case 'malformed':
        return err(unanswered(outcome, 'renew'));
      case 'tokens':
        break;
    }
    const tokens = outcome.tokens;
    const at = now();
    const expiresAt = at + tokens.expires_in * 1000;
    // An update of the row we read, never an insert: an uninstall (or reinstall) that landed while
    // HubSpot was answering must not be undone by this refresh.
    const saved = await store.updateRefreshedTokens({
      portalId,
      sealedRefreshToken: cipher.encrypt(tokens.refresh_token, portalId),
      sealedAccessToken: cipher.encrypt(tokens.access_token, portalId),
      accessTokenExpiresAt: expiresAt,
      updatedAt: at,
      ifUpdatedAt: installation.updatedAt,
    });
    if (!saved) {
      logger.info('oauth.refresh-superseded', { portalId });
      // Erased meanwhile: the portal is no longer ours to call. Otherwise another refresh or a
      // reinstall won; this fresh token is still valid for the request that asked for it.
      if ((await store.getInstallation(portalId)) === undefined) return err(notInstalled());
      return ok(tokens.access_token);
    }
    remember(portalId, tokens.access_token, expiresAt);
    logger.info('oauth.refreshed', { portalId });
    return ok(tokens.access_token);
  };

  /**
   * The refresh under the portal's lock across instances. Another instance's refresh counts once it
   * is stored: a token no longer near expiry, or (after a 401, `force`) any row written since.
   */
  const refreshAcrossInstances = async (
    portalId: number,
    force: boolean,
  ): Promise<Result<string, BackendError>> => {
    const lock = options.refreshLock;
    if (!lock) return refresh(portalId);
    const seenUpdatedAt = (await store.getInstallation(portalId))?.updatedAt;
    return refreshOnce({
      lock,
      portalId,
      renewedInStore: async () => {
        const row = await store.getInstallation(portalId);
        if (!row) return err(notInstalled());
        if (row.brokenAt !== undefined) return err(reinstallNeeded());
        const renewed = force
          ? row.updatedAt !== seenUpdatedAt
          : row.accessTokenExpiresAt - now() > refreshAheadMs;
        const token = renewed ? cipher.decrypt(row.sealedAccessToken, portalId) : undefined;
        if (token === undefined) return undefined;
        remember(portalId, token, row.accessTokenExpiresAt);
        return ok(token);
      },
      refresh: () => refresh(portalId),
      late: slowHubSpot,
      // The holder's refresh is itself bounded by tokenTimeoutMs.
      giveUpAt: now() + 2 * tokenTimeoutMs,
      now,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    });
  };

  /** The shared refresh's result, or a retryable error when the caller's deadline comes first. */
  const byDeadline = (
    portalId: number,
    work: Promise<Result<string, BackendError>>,
    deadline: number,
  ): Promise<Result<string, BackendError>> => {
    const left = deadline - now();
    if (left <= 0) return Promise.resolve(err(slowHubSpot()));
    return settleBefore(work, left, () => {
      logger.warn('oauth.refresh-late', { portalId });
      return err(slowHubSpot());
    });
  };

  return {
    async install(code, redirectUri, deadline) {
      const outcome = await requestTokens(
        'install',
        {
          grant_type: 'authorization_code',
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uri: redirectUri,
          code,
        },
        Math.min(tokenTimeoutMs, deadline - now()),
      );
      if (outcome.kind === 'invalid-grant' || outcome.kind === 'refused') {
        return err(
          backendError(
            'not-installed',
            'HubSpot refused the authorisation; install the app again.',
          ),
        );
      }
      if (outcome.kind !== 'tokens') return err(unanswered(outcome, 'complete'));
      const tokens = outcome.tokens;
      const info = await callOAuth(
        'GET',
        `/oauth/v1/access-tokens/${encodeURIComponent(tokens.access_token)}`,
        undefined,
        Math.min(tokenTimeoutMs, deadline - now()),
      );
      const account = tokenInfo.safeParse(info.kind === 'reply' ? info.body : undefined);
      if (info.kind !== 'reply' || info.status >= 300 || !account.success) {
        logger.warn('oauth.failed', {
          operation: 'token-info',
          ...(info.kind === 'reply' ? { status: info.status } : { kind: info.kind }),
        });
        return err(
          info.kind === 'reply' && info.status < 300
            ? malformed()
            : backendError(
                'hubspot-unavailable',
                'HubSpot could not complete the authorisation; try again shortly.',
                5,
              ),
        );
      }
      const portalId = account.data.hub_id;
      const existing = await store.getInstallation(portalId);
      const at = now();
      await store.saveInstallation({
        portalId,
        sealedRefreshToken: cipher.encrypt(tokens.refresh_token, portalId),
        sealedAccessToken: cipher.encrypt(tokens.access_token, portalId),
        accessTokenExpiresAt: at + tokens.expires_in * 1000,
        scopes: account.data.scopes.join(' '),
        installedAt: existing?.installedAt ?? at,
        updatedAt: at,
      });
      cached.delete(portalId);
      coolingUntil.delete(portalId);
      logger.info('oauth.installed', { portalId, reinstall: existing !== undefined });
      return ok({ portalId, accessToken: tokens.access_token });
    },

    async accessToken(portalId, force, deadline) {
      if (!force) {
        const hit = cached.get(portalId);
        if (hit && hit.validUntil > now()) return ok(hit.token);
        const installation = await store.getInstallation(portalId);
        if (!installation) return err(notInstalled());
        if (installation.brokenAt !== undefined) return err(reinstallNeeded());
        if (installation.accessTokenExpiresAt - now() > refreshAheadMs) {
          const token = cipher.decrypt(installation.sealedAccessToken, portalId);
          if (token !== undefined) {
            remember(portalId, token, installation.accessTokenExpiresAt);
            return ok(token);
          }
        }
      }
      cached.delete(portalId);
      const cooling = coolingUntil.get(portalId);
      if (cooling !== undefined) {
        if (cooling > now()) return err(rateLimited(cooling - now()));
        coolingUntil.delete(portalId);
      }
      let running = refreshing.get(portalId);
      if (!running) {
        // One refresh per portal at a time, with its own timeout: a caller with little time left
        // gives up on it (below) without cutting it short for the others.
        running = refreshAcrossInstances(portalId, force).finally(() =>
          refreshing.delete(portalId),
        );
        refreshing.set(portalId, running);
      }
      return byDeadline(portalId, running, deadline);
    },

    forget(portalId) {
      cached.delete(portalId);
    },
  };
}
