/**
 * OAuth for the marketplace app: the install link (exactly the scopes we use), the callback's code
 * exchange and token refresh through `@hubspot/api-client`'s OAuth API, and uninstall. Tokens are
 * sealed with AES-256-GCM before they reach the store; one installation per portal.
 */
import { Client } from '@hubspot/api-client';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Logger, Result } from '../../../shared/ports';
import { err, ok } from '../../../shared/ports';
import { backendError, type BackendError } from './errors';
import type { Store } from './store/store';
import type { TokenCipher } from './tokenCipher';

/**
 * Scopes the backend uses: contacts and their engagements (read, write notes and tasks), contact
 * property schemas (create our properties), email engagement content (history excerpts).
 */
export const requiredScopes = [
  'oauth',
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.schemas.contacts.read',
  'crm.schemas.contacts.write',
  'sales-email-read',
] as const;

/** Optional scope: invoices shown beside the balance where the portal uses HubSpot invoices. */
export const optionalScopes = ['crm.objects.invoices.read'] as const;

/** Refresh this long before the access token expires, so no card request meets an expired one. */
export const refreshAheadMs = 5 * 60 * 1000;

const stateLifetimeMs = 10 * 60 * 1000;

/** The parts of OAuth the routes use. */
export interface OAuthOptions {
  clientId: string;
  clientSecret: string;
  basePath: string;
  store: Store;
  cipher: TokenCipher;
  logger: Logger;
  now: () => number;
}

/** A CSRF state for the install link, verifiable by any instance (HMAC with the client secret). */
export function createInstallState(clientSecret: string, now: number): string {
  const payload = `${now}.${randomBytes(12).toString('base64url')}`;
  const mac = createHmac('sha256', clientSecret).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

/** True for a state we issued in the last ten minutes. */
export function verifyInstallState(state: string, clientSecret: string, now: number): boolean {
  const [issued, nonce, mac] = state.split('.');
  if (!issued || !nonce || !mac || !/^\d+$/.test(issued)) return false;
  const expected = createHmac('sha256', clientSecret)
    .update(`${issued}.${nonce}`)
    .digest('base64url');
  const given = Buffer.from(mac);
  const want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return false;
  const age = now - Number(issued);
  return age >= 0 && age <= stateLifetimeMs;
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

const tokenReply = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresIn: z.number().positive(),
});
const tokenInfo = z.object({ hubId: z.number().int().positive(), scopes: z.array(z.string()) });
const apiException = z.object({ code: z.number() });

/** Tokens for portals: installs, refreshes ahead of expiry (once per portal at a time), uninstalls. */
export interface Installations {
  /** Exchanges an authorisation code; stores the installation; returns its portal id. */
  install(
    code: string,
    redirectUri: string,
  ): Promise<Result<{ portalId: number; accessToken: string }, BackendError>>;
  /** A valid access token for the portal, refreshed when near expiry or when `force` is set. */
  accessToken(portalId: number, force: boolean): Promise<Result<string, BackendError>>;
  /** Revokes the refresh token at HubSpot (best effort) and erases the portal's data. */
  uninstall(portalId: number): Promise<void>;
  /** Forgets a portal's cached token (its installation was erased elsewhere, e.g. by a webhook). */
  forget(portalId: number): void;
}

/** The installation manager over the store. */
export function createInstallations(options: OAuthOptions): Installations {
  const oauth = () => new Client({ basePath: options.basePath }).oauth;
  const refreshing = new Map<number, Promise<Result<string, BackendError>>>();
  // Decrypted access tokens, kept briefly so a page of ten HubSpot calls reads the store once.
  // At most a minute: another instance may have refreshed or erased the installation meanwhile.
  const cached = new Map<number, { token: string; validUntil: number }>();
  const remember = (portalId: number, token: string, expiresAt: number) =>
    cached.set(portalId, {
      token,
      validUntil: Math.min(expiresAt - refreshAheadMs, options.now() + 60_000),
    });

  const hubspotFailure = (operation: string, error: unknown): BackendError => {
    const status = apiException.safeParse(error);
    options.logger.warn('oauth.failed', {
      operation,
      ...(status.success ? { status: status.data.code } : { kind: 'network-or-malformed' }),
    });
    if (status.success && status.data.code >= 400 && status.data.code < 500) {
      return backendError(
        'not-installed',
        'HubSpot refused the authorisation; install the app again.',
      );
    }
    return backendError(
      'hubspot-unavailable',
      'HubSpot could not complete the authorisation; try again shortly.',
      5,
    );
  };

  const save = async (
    portalId: number,
    tokens: z.infer<typeof tokenReply>,
    scopes: string,
    installedAt?: number,
  ) => {
    const now = options.now();
    await options.store.saveInstallation({
      portalId,
      sealedRefreshToken: options.cipher.encrypt(tokens.refreshToken, portalId),
      sealedAccessToken: options.cipher.encrypt(tokens.accessToken, portalId),
      accessTokenExpiresAt: now + tokens.expiresIn * 1000,
      scopes,
      installedAt: installedAt ?? now,
      updatedAt: now,
    });
  };

  const refresh = async (portalId: number): Promise<Result<string, BackendError>> => {
    const installation = await options.store.getInstallation(portalId);
    if (!installation)
      return err(
        backendError('not-installed', 'Tactful is not installed in this HubSpot account.'),
      );
    const refreshToken = options.cipher.decrypt(installation.sealedRefreshToken, portalId);
    if (refreshToken === undefined) {
      options.logger.error('oauth.token-unreadable', { portalId });
      return err(
        backendError('not-installed', 'Stored authorisation is unreadable; install the app again.'),
      );
    }
    let reply: unknown;
    try {
      reply = await oauth().tokensApi.create(
        'refresh_token',
        undefined,
        undefined,
        options.clientId,
        options.clientSecret,
        refreshToken,
      );
    } catch (error) {
      return err(hubspotFailure('refresh', error));
    }
    const tokens = tokenReply.safeParse(reply);
    if (!tokens.success) {
      options.logger.warn('oauth.malformed-reply', { operation: 'refresh', portalId });
      return err(
        backendError(
          'hubspot-malformed-reply',
          'HubSpot returned something we did not understand.',
        ),
      );
    }
    await save(portalId, tokens.data, installation.scopes, installation.installedAt);
    remember(portalId, tokens.data.accessToken, options.now() + tokens.data.expiresIn * 1000);
    options.logger.info('oauth.refreshed', { portalId });
    return ok(tokens.data.accessToken);
  };

  return {
    async install(code, redirectUri) {
      let reply: unknown;
      let info: unknown;
      try {
        reply = await oauth().tokensApi.create(
          'authorization_code',
          code,
          redirectUri,
          options.clientId,
          options.clientSecret,
        );
        const tokens = tokenReply.safeParse(reply);
        if (!tokens.success) throw new MalformedReply();
        info = await oauth().accessTokensApi.get(tokens.data.accessToken);
      } catch (error) {
        if (error instanceof MalformedReply) {
          return err(
            backendError(
              'hubspot-malformed-reply',
              'HubSpot returned something we did not understand.',
            ),
          );
        }
        return err(hubspotFailure('install', error));
      }
      const tokens = tokenReply.parse(reply);
      const account = tokenInfo.safeParse(info);
      if (!account.success) {
        return err(
          backendError(
            'hubspot-malformed-reply',
            'HubSpot returned something we did not understand.',
          ),
        );
      }
      const existing = await options.store.getInstallation(account.data.hubId);
      await save(account.data.hubId, tokens, account.data.scopes.join(' '), existing?.installedAt);
      options.logger.info('oauth.installed', {
        portalId: account.data.hubId,
        reinstall: existing !== undefined,
      });
      return ok({ portalId: account.data.hubId, accessToken: tokens.accessToken });
    },

    async accessToken(portalId, force) {
      if (!force) {
        const hit = cached.get(portalId);
        if (hit && hit.validUntil > options.now()) return ok(hit.token);
        const installation = await options.store.getInstallation(portalId);
        if (!installation)
          return err(
            backendError('not-installed', 'Tactful is not installed in this HubSpot account.'),
          );
        if (installation.accessTokenExpiresAt - options.now() > refreshAheadMs) {
          const token = options.cipher.decrypt(installation.sealedAccessToken, portalId);
          if (token !== undefined) {
            remember(portalId, token, installation.accessTokenExpiresAt);
            return ok(token);
          }
        }
      }
      cached.delete(portalId);
      const running = refreshing.get(portalId);
      if (running) return running;
      const started = refresh(portalId).finally(() => refreshing.delete(portalId));
      refreshing.set(portalId, started);
      return started;
    },

    forget(portalId) {
      cached.delete(portalId);
    },

    async uninstall(portalId) {
      const installation = await options.store.getInstallation(portalId);
      const refreshToken =
        installation && options.cipher.decrypt(installation.sealedRefreshToken, portalId);
      if (refreshToken) {
        try {
          await oauth().refreshTokensApi.archive(refreshToken);
        } catch (error) {
          hubspotFailure('revoke', error);
        }
      }
      cached.delete(portalId);
      await options.store.deleteInstallation(portalId);
      options.logger.info('oauth.uninstalled', { portalId });
    },
  };
}

class MalformedReply extends Error {}
