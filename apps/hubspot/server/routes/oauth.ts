/**
 * The OAuth install flow (unsigned): a link that starts the install with a state good once, in this
 * browser, and the callback HubSpot sends the browser to.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installReplySchema } from '../../contract';
import { backendError } from '../errors';
import { ensureCollectionsProperties } from '../hubspot/collectionsProperties';
import { fail, invalidInput } from '../http/replies';
import {
  createInstallState,
  installCookieScope,
  installStateCookieName,
  installStateFingerprint,
  installStateLifetimeMs,
  installUrl,
  sameState,
  verifyInstallState,
  type Installations,
} from '../oauth';
import type { RouteDeps } from './context';

/** What the install flow needs beyond the shared deps. */
export interface OAuthRouteOptions {
  clientId: string;
  /** Signs install states (HMAC); derived from our encryption key, not HubSpot's client secret. */
  stateKey: Buffer;
  /** Signs the install cookie (its own key, derived like the state's). */
  cookieKey: Buffer;
  installations: Installations;
  /** The public origin: the redirect URI HubSpot sends the browser back to. */
  publicOrigin: () => string;
}

const callbackQuery = z.object({
  code: z.string().min(1).max(500),
  state: z.string().min(1).max(200),
});
/** The install link and its callback. */
export function oauthRoutes(deps: RouteDeps, options: OAuthRouteOptions): FastifyPluginAsyncZod {
  const { store, logger, now } = deps;
  const { stateKey, installations, publicOrigin } = options;
  const secure = () => publicOrigin().startsWith('https:');
  /** The state the browser's signed install cookie holds, if its signature is ours. */
  const cookieState = (request: FastifyRequest): string | undefined => {
    const raw = request.cookies[installStateCookieName];
    if (raw === undefined) return undefined;
    const unsigned = request.unsignCookie(raw);
    return unsigned.valid && unsigned.value !== null ? unsigned.value : undefined;
  };
  return async (app) => {
    // Cookies are read and written only by the install flow (this plugin's scope).
    await app.register(fastifyCookie, { secret: options.cookieKey });

    app.get('/oauth/install', async (_request, reply) => {
      const origin = publicOrigin();
      const state = createInstallState(stateKey, now());
      // Any instance may receive the callback: the state waits in the shared store, good once.
      await store.saveOAuthState(installStateFingerprint(state), now() + installStateLifetimeMs);
      return reply
        .header('cache-control', 'no-store')
        .setCookie(installStateCookieName, state, {
          ...installCookieScope(secure()),
          signed: true,
          maxAge: Math.round(installStateLifetimeMs / 1000),
        })
        .redirect(installUrl(options.clientId, `${origin}/oauth/callback`, state));
    });

    app.get(
      '/oauth/callback',
      {
        // The state cookie is used up by any callback, even one whose query is refused.
        onRequest: async (_request, reply) => {
          reply.clearCookie(installStateCookieName, installCookieScope(secure()));
        },
        schema: { querystring: callbackQuery, response: { 200: installReplySchema } },
        schemaErrorFormatter: invalidInput({ querystring: 'callback' }),
      },
      async (request, reply) => {
        const { code, state } = request.query;
        // Ours and recent (HMAC), from this browser (cookie), and not used before (store), in that
        // order: a stranger's state in someone else's browser never uses up the real owner's.
        const refusal = !verifyInstallState(state, stateKey, now())
          ? 'unknown-or-expired'
          : !sameState(cookieState(request) ?? '', state)
            ? 'other-browser'
            : !(await store.consumeOAuthState(installStateFingerprint(state), now()))
              ? 'used-or-expired'
              : undefined;
        if (refusal !== undefined) {
          logger.warn('oauth.bad-state', { reason: refusal });
          return fail(
            reply,
            backendError(
              'unauthorized',
              'This install link expired, was already used or was opened in another browser; start the install again.',
            ),
          );
        }
        const deadline = now() + deps.budgetMs;
        const redirect = `${publicOrigin()}/oauth/callback`;
        const installed = await installations.install(code, redirect, deadline);
        if (!installed.ok) return fail(reply, installed.error);
        const properties = await ensureCollectionsProperties(
          deps.callerFor(installed.value.portalId, deadline),
        );
        if (!properties.ok) return fail(reply, properties.error);
        return reply.send({
          installed: true,
          portalId: installed.value.portalId,
          propertiesCreated: properties.value.created,
        });
      },
    );
  };
}
