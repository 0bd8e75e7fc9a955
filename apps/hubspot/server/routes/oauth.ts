/**
 * The OAuth install flow (unsigned): a link that starts the install with a state good once, in this
 * browser, and the callback HubSpot sends the browser to.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installReplySchema } from '../../contract';
import { backendError } from '../errors';
import { ensureCollectionsProperties } from '../hubspot/collectionsProperties';
import { fail, invalidInput } from '../http/replies';
import {
  clearedInstallStateCookie,
  cookieHoldsState,
  createInstallState,
  installStateCookie,
  installStateFingerprint,
  installStateLifetimeMs,
  installUrl,
  verifyInstallState,
  type Installations,
} from '../oauth';
import type { RouteDeps } from './context';

/** What the install flow needs beyond the shared deps. */
export interface OAuthRouteOptions {
  clientId: string;
  /** Signs install states (HMAC); derived from our encryption key, not HubSpot's client secret. */
  stateKey: Buffer;
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
  return async (app) => {
    app.get('/oauth/install', async (_request, reply) => {
      const origin = publicOrigin();
      const state = createInstallState(stateKey, now());
      // Any instance may receive the callback: the state waits in the shared store, good once.
      await store.saveOAuthState(installStateFingerprint(state), now() + installStateLifetimeMs);
      return reply
        .header('cache-control', 'no-store')
        .header('set-cookie', installStateCookie(state, origin.startsWith('https:')))
        .redirect(installUrl(options.clientId, `${origin}/oauth/callback`, state));
    });

    app.get(
      '/oauth/callback',
      {
        // The state cookie is used up by any callback, even one whose query is refused.
        onRequest: async (_request, reply) => {
          reply.header(
            'set-cookie',
            clearedInstallStateCookie(publicOrigin().startsWith('https:')),
          );
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
          : !cookieHoldsState(request.headers.cookie, state)
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
