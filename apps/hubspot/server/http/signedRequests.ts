/**
 * Signed requests: everything HubSpot sends us signed (the card's `hubspot.fetch` calls and the
 * webhooks) passes here before its route's input is even validated. The plugin keeps each body's
 * raw text (the v3 signature covers it byte for byte), checks the signature and its age, refuses a
 * replayed write, and names the portal (and user) the request speaks for. `requireInstallation`
 * stops a request for a portal that has no installation.
 */
import type {
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
} from 'fastify';
import { z } from 'zod';
import { err, ok, type Logger, type Result } from '../../../../shared/ports';
import { backendError, type BackendError } from '../errors';
import { maxSignatureAgeMs, signatureFingerprint, verifyRequestV3 } from '../signature';
import type { Store } from '../store/store';
import type { PortalQuota } from './portalQuota';
import { fail, invalidInput, routeOf } from './replies';

/** Who a verified request speaks for. */
export interface SignedContext {
  /** 0 for a webhook batch, which may speak for many portals (each event names its own). */
  portalId: number;
  /** The HubSpot user hubspot.fetch signed the request for (its `userId`), when it names one. */
  userId?: string;
  /**
   * A write's signature as the replay table holds it, so a 5xx can forget it. Reads are never
   * remembered (see `verify`), so theirs is not computed: a hash less on every read.
   */
  fingerprint?: string;
}

/** What the plugin needs. */
export interface SignedRequestOptions {
  /** Signs the card's requests and the webhooks (v3). */
  clientSecret: string;
  /** When set, requests naming another app id are refused. */
  appId?: string;
  store: Store;
  logger: Logger;
  now: () => number;
  /** The public origin HubSpot called: part of every signed URL. */
  publicOrigin: () => string;
  /** Where HubSpot posts webhooks: a bare URL, never with a portal in its query. */
  webhookPath: string;
  /** Each portal's share of our endpoints (webhooks, which speak for many, are not counted). */
  quota?: PortalQuota;
  /**
   * A bucket of its own for the draft check, which the card calls after each pause in typing:
   * every agent writing at once must not use up the share the card's other panels need.
   */
  draftCheckQuota?: { route: string; quota: PortalQuota };
  /** The routes behind the check, each registered in the plugin's own scope. */
  routes: readonly FastifyPluginAsync[];
}

// Module-wide, keyed by the request object: a request belongs to one server, and entries go with it.
const rawBodies = new WeakMap<FastifyRequest, string>();
const contexts = new WeakMap<FastifyRequest, SignedContext>();

/** The verified context of a request, if it was a signed one. */
export const signedContextOf = (request: FastifyRequest): SignedContext | undefined =>
  contexts.get(request);

/** The verified context of a request to a signed route (it cannot get there without one). */
export function signedContext(request: FastifyRequest): SignedContext {
  const context = contexts.get(request);
  if (!context) throw new Error('Signed route reached without verification');
  return context;
}

/**
 * The portal and user of a signed request to a route that answers for one agent: a request that
 * names no user is refused (400) rather than answered for nobody.
 */
export function signedAgent(
  request: FastifyRequest,
): Result<{ portalId: number; userId: string }, BackendError> {
  const { portalId, userId } = signedContext(request);
  if (userId === undefined) {
    return err(backendError('bad-request', 'The request names no HubSpot user.'));
  }
  return ok({ portalId, userId });
}

/**
 * The card puts `portalId` and `userId` from its context in every URL (HubSpot's docs promise only
 * `appId`). Should HubSpot append its own as well, a name comes twice: the values must agree.
 */
const oneValue = (value: unknown): unknown =>
  Array.isArray(value) ? (value.every((item) => item === value[0]) ? value[0] : undefined) : value;
// One parse a request: a `userId` that is missing or not a HubSpot user id names no user (a route
// that needs one refuses the request), without refusing the portal.
const signedQuery = z.object({
  portalId: z.coerce.number().int().positive(),
  appId: z.string().optional(),
  userId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional()
    .catch(undefined),
});

/** A query parameter's one value (see `oneValue`), or undefined when the query lacks it. */
const queryValue = (query: unknown, name: string): unknown =>
  typeof query === 'object' && query !== null && name in query
    ? oneValue(Reflect.get(query, name))
    : undefined;

/**
 * The three names the signature speaks for, taken out of the query before the parse: zod's
 * preprocess steps on the whole query (an object without a prototype, from Fastify's parser) cost
 * about four times this on every signed request (issue 16's profile).
 */
const signedQueryOf = (query: unknown) =>
  signedQuery.safeParse({
    portalId: queryValue(query, 'portalId'),
    appId: queryValue(query, 'appId'),
    userId: queryValue(query, 'userId'),
  });

const firstHeader = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const signedRequestsPlugin: FastifyPluginAsync<SignedRequestOptions> = async (app, options) => {
  const { store, logger, now } = options;

  // Every JSON or text body is kept as sent, for the signature; one that is not JSON reaches the
  // route as a value no schema accepts, so it is refused there like any other invalid input.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'string' },
    (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      rawBodies.set(request, text);
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(null, Symbol.for('tactful.unparseable-body'));
      }
    },
  );

  // HubSpot retries a request once after a 5xx with the same signature: let that retry through.
  // (A callback hook: on every other reply it returns at once, without a promise.)
  app.addHook('onResponse', (request, reply, done) => {
    const fingerprint = contexts.get(request)?.fingerprint;
    if (fingerprint === undefined || reply.statusCode < 500) return done();
    store.forgetSignature(fingerprint).then(() => done(), done);
  });

  /**
   * Refuses a request that could not be verified, logging why (never to the caller). Declared once,
   * not inside `verify`: a closure made for every request costs on the hot path.
   */
  const refused = (request: FastifyRequest, reply: FastifyReply, reason: string) => {
    logger.warn('request.refused', { reason, method: request.method, route: routeOf(request) });
    return fail(
      reply,
      backendError('unauthorized', 'This request could not be verified as coming from HubSpot.'),
    );
  };

  /**
   * Names the portal (and user) of a verified request from its signed URL, or refuses it. Calls
   * `done` only when the request goes on (Fastify's rule for a callback hook that replies).
   */
  const admit = (
    request: FastifyRequest,
    reply: FastifyReply,
    remembered: Pick<SignedContext, 'fingerprint'>,
    done: HookHandlerDoneFunction,
  ): void => {
    if (routeOf(request) === options.webhookPath) {
      contexts.set(request, { portalId: 0, ...remembered });
      // HubSpot posts webhooks to the bare target URL; card requests carry portalId and userId
      // (and HubSpot's appId). A query string means a card request aimed here, whatever its body says.
      if (request.url.includes('?')) return void refused(request, reply, 'card-request-on-webhook');
      return done();
    }
    // A card request's context is set once, when its portal is known: a refusal below is a 4xx,
    // which keeps the remembered signature anyway (only a 5xx forgets it).
    const query = signedQueryOf(request.query);
    if (!query.success) return void refused(request, reply, 'no-portal');
    if (options.appId && query.data.appId !== undefined && query.data.appId !== options.appId)
      return void refused(request, reply, 'other-app');
    const { portalId, userId } = query.data;
    contexts.set(request, { portalId, ...(userId === undefined ? {} : { userId }), ...remembered });
    return done();
  };

  /**
   * Verifies the v3 signature, refuses replays, and names the portal from the signed URL. A
   * callback hook: a read, which is never remembered, passes without a promise.
   */
  const verify = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const signature = firstHeader(request, 'x-hubspot-signature-v3');
    const verdict = verifyRequestV3(
      {
        method: request.method,
        url: `${options.publicOrigin()}${request.url}`,
        body: rawBodies.get(request) ?? '',
        timestamp: firstHeader(request, 'x-hubspot-request-timestamp'),
        signature,
      },
      options.clientSecret,
      now(),
    );
    if (!verdict.ok) return void refused(request, reply, verdict.reason);
    // Only writes are refused when replayed: the card legitimately sends identical reads within the
    // same millisecond (same URL, body and timestamp, so the same signature), and a read changes nothing.
    if (request.method === 'GET') return admit(request, reply, {}, done);
    const fingerprint = signatureFingerprint(signature ?? '');
    // A failure here, of the store or of `admit`, is the request's error (a 5xx), as it was when
    // this hook was async.
    store
      .rememberSignature(fingerprint, now() + maxSignatureAgeMs + 60_000)
      .then((fresh) =>
        fresh
          ? admit(request, reply, { fingerprint }, done)
          : void refused(request, reply, 'replayed'),
      )
      .catch(done);
  };

  /**
   * Refuses a verified request whose portal has used up its quota (429 with Retry-After). A
   * callback hook, not an async one: it runs on every signed request, and this way costs no promise;
   * when it answers, `done` is not called (Fastify's rule for a callback hook that replies).
   */
  const overQuota = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const portalId = contexts.get(request)?.portalId ?? 0;
    const quota =
      options.draftCheckQuota?.route === routeOf(request)
        ? options.draftCheckQuota.quota
        : options.quota;
    if (!quota || portalId === 0) return done();
    const verdict = quota.take(portalId);
    if (verdict.ok) return done();
    logger.warn('request.over-quota', { portalId, route: routeOf(request) });
    void fail(
      reply.header('retry-after', String(verdict.retryAfterSeconds)),
      backendError(
        'rate-limited',
        'Too many requests from this HubSpot account; try again shortly.',
        verdict.retryAfterSeconds,
      ),
    );
  };

  await app.register(async (signed) => {
    // preValidation: after the body is read (the signature covers it) and before any schema looks
    // at the input, so an unsigned request learns nothing about what a valid one would hold.
    signed.addHook('preValidation', verify);
    // After the signature, so only the portal itself can use up its quota.
    signed.addHook('preValidation', overQuota);
    for (const routes of options.routes) await signed.register(routes);
  });
};

// The parser and the response hook serve the whole server (an unknown path's unreadable body is
// still its 404), so the plugin is not encapsulated; only its routes sit in a scope of their own.
Object.assign(signedRequestsPlugin, { [Symbol.for('skip-override')]: true });

/** The signed-requests plugin (see the module comment). */
export const signedRequests = signedRequestsPlugin;

/**
 * A route hook that stops a signed request for a portal with no installation (never installed, or
 * uninstalled since): nothing else about it is looked at.
 */
export function requireInstallation(store: Store) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if ((await store.getInstallation(signedContext(request).portalId)) !== undefined)
      return undefined;
    return fail(
      reply,
      backendError('not-installed', 'Tactful is not installed in this HubSpot account.'),
    );
  };
}

/**
 * A signed write route's options: the portal must be installed, the body and the reply are the
 * contract's, and a refused body is named `what` in the error.
 */
export function installedWriteOptions<B extends z.core.$ZodType, R extends z.core.$ZodType>(
  store: Store,
  body: B,
  reply: R,
  what: string,
) {
  return {
    preValidation: requireInstallation(store),
    schema: { body, response: { 200: reply } },
    schemaErrorFormatter: invalidInput({ body: what }),
  };
}
