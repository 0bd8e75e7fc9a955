/**
 * Our HubSpot backend: the card's endpoints behind v3 signature checks, the OAuth install flow and
 * the privacy webhooks. Stateless: everything lasting is in the store, so any number of instances can
 * serve one portal behind a load balancer. `createServer` is what the start script and the playground call.
 */
import { randomBytes } from 'node:crypto';
import { fastify, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { escapeHtml } from '../../../shared/text/escape-html';
import type { Logger, Result } from '../../../shared/ports';
import { ok } from '../../../shared/ports';
import {
  engagementsQuerySchema,
  flagKinds,
  flagWriteRequestSchema,
  hubspotIdSchema,
  planWriteRequestSchema,
  portalSettingsSchema,
  promiseWriteRequestSchema,
  settingsWriteRequestSchema,
  toneFeedbackListQuerySchema,
  toneFeedbackWriteRequestSchema,
  type FlagKind,
  type Instalment,
  type ToneFeedbackWriteReply,
} from '../contract';
import { toneFeedbackSchema, type ToneFeedback } from '../../../shared/feedback';
import { validateSettings } from '../../../shared/settings';
import { isLoopbackHost } from './config';
import { backendError, errorReply, statusForError, type BackendError } from './errors';
import { ensureCollectionsProperties } from './hubspot/collectionsProperties';
import { readContactCollections } from './hubspot/contactCollections';
import {
  checkedAmount,
  createNote,
  createTasks,
  createOnce,
  findMarkedObjects,
  markerHtml,
  writeMarker,
  flagPropertyUpdates,
  planNoteHtml,
  taskTitle,
  updateContact,
} from './hubspot/contactWrites';
import { readEngagementPage } from './hubspot/engagements';
import { createHubSpotCaller, type HubSpotCaller } from './hubspot/hubspotCaller';
import { createPortalLimiter } from './hubspot/limiter';
import { requestHash, runIdempotentWrite } from './idempotency';
import { createJsonLogger } from './logger';
import {
  clearedInstallStateCookie,
  cookieHoldsState,
  createInstallations,
  createInstallState,
  installStateCookie,
  installStateFingerprint,
  installStateLifetimeMs,
  defaultTokenTimeoutMs,
  installUrl,
  verifyInstallState,
  type Installations,
} from './oauth';
import { maxSignatureAgeMs, signatureFingerprint, verifyRequestV3 } from './signature';
import { openStore } from './store/openStore';
import type { Store } from './store/store';
import { createTokenCipher, deriveKey } from './tokenCipher';

/** How `createServer` is configured. Only the client id and secret are required. */
export interface ServerOptions {
  clientId: string;
  /** Signs the card's requests and webhooks (v3) and the OAuth exchange. */
  clientSecret: string;
  /**
   * The current 32-byte secret for tokens at rest (AES-256-GCM, key derived with HKDF) and the
   * OAuth state HMAC (its own HKDF-derived key); required when NODE_ENV is production.
   */
  encryptionKey?: Buffer;
  /** Secrets rotated out: tokens sealed with them still open (and are sealed anew on refresh). */
  previousEncryptionKeys?: readonly Buffer[];
  /** A ready store; otherwise one is opened from `databaseUrl` (PostgreSQL) or `sqlitePath` (default memory). */
  store?: Store;
  databaseUrl?: string;
  sqlitePath?: string;
  /**
   * The public origin HubSpot calls (`https://tactful.example.com`): part of every signed URL and the
   * OAuth redirect. Without it the server may only listen on loopback, and that address is used.
   */
  publicBaseUrl?: string;
  /** HubSpot's API root; the playground points it at its mock. */
  hubspotBaseUrl?: string;
  /** When set, requests and webhooks naming another app id are refused. */
  appId?: string;
  logger?: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Time one card request may take in all (the card's `hubspot.fetch` gives up at 15 s). */
  requestBudgetMs?: number;
  /** HubSpot burst limit per portal (marketplace apps: 110 per 10 s). */
  burst?: { limit: number; windowMs: number };
}

/** A created backend. */
export interface TactfulBackend {
  app: FastifyInstance;
  store: Store;
  installations: Installations;
  /** Listens on loopback by default; resolves with the base URL. */
  listen(options?: { port?: number; host?: string }): Promise<string>;
  close(): Promise<void>;
}

interface SignedContext {
  portalId: number;
  /** The HubSpot user hubspot.fetch signed the request for (its `userId`), when it names one. */
  userId?: string;
  fingerprint: string;
}

const contactParams = z.object({ contactId: hubspotIdSchema });
const flagParams = z.object({ contactId: hubspotIdSchema, kind: z.enum(flagKinds) });
/**
 * The card puts `portalId` and `userId` from its context in every URL (HubSpot's docs promise only
 * `appId`). Should HubSpot append its own as well, a name comes twice: the values must agree.
 */
const oneValue = (value: unknown): unknown =>
  Array.isArray(value) ? (value.every((item) => item === value[0]) ? value[0] : undefined) : value;
const signedQuery = z
  .object({
    portalId: z.preprocess(oneValue, z.coerce.number().int().positive()),
    appId: z.preprocess(oneValue, z.string().optional()),
  })
  .loose();
const signedUser = z
  .object({ userId: z.preprocess(oneValue, z.string().regex(/^\d{1,20}$/)) })
  .loose();
// HubSpot's Settings API user; `superAdmin` has been documented both as a boolean and as text.
const hubspotUser = z
  .object({ superAdmin: z.union([z.boolean(), z.enum(['true', 'false'])]).optional() })
  .loose();
/** How long HubSpot's word on whether a user is a super admin is trusted. */
const managerCheckMs = 5 * 60 * 1000;
const callbackQuery = z.object({
  code: z.string().min(1).max(500),
  state: z.string().min(1).max(200),
});
// A HubSpot id in a webhook event: HubSpot sends numbers; digits as text are accepted too.
const webhookId = z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]);
const contactDeletionTypes = ['contact.deletion', 'contact.privacydeletion', 'object.deletion'];
/**
 * A batch as HubSpot's webhooks send it (at most 100 events), each with the fields HubSpot always
 * includes. Card requests are signed with the same secret, so the shape is what tells them apart;
 * with an app id configured, every event must name our app.
 */
const webhookBatch = (appId: string | undefined) =>
  z
    .array(
      z
        .object({
          eventId: webhookId,
          subscriptionType: z.string().min(1).max(100),
          portalId: z.number().int().positive(),
          appId: webhookId,
          occurredAt: z.number().int().positive(),
          objectId: webhookId.optional(),
          objectTypeId: z.string().max(20).optional(),
        })
        .loose()
        .refine((event) => appId === undefined || String(event.appId) === appId, {
          path: ['appId'],
          message: 'another app',
        })
        .refine(
          (event) =>
            !contactDeletionTypes.includes(event.subscriptionType.toLowerCase()) ||
            event.objectId !== undefined,
          { path: ['objectId'], message: 'a deletion names its object' },
        ),
    )
    .min(1)
    .max(100);
// `…Attempted` is saved before each create, so a retry knows HubSpot may hold an object whose
// reply was lost, and looks for it by its marker before creating it again.
const planProgress = z.object({
  noteId: z.string().optional(),
  taskIds: z.array(z.string()),
  noteAttempted: z.boolean().optional(),
  tasksAttempted: z.boolean().optional(),
});
const promiseProgress = z.object({
  noteId: z.string().optional(),
  taskId: z.string().optional(),
  noteAttempted: z.boolean().optional(),
  taskAttempted: z.boolean().optional(),
});
const flagProgress = z.object({
  updated: z.boolean(),
  noteId: z.string().optional(),
  noteAttempted: z.boolean().optional(),
});
const maxSettingsBytes = 64 * 1024;
const fastifyClientError = z
  .object({ statusCode: z.number().int().min(400).max(499), code: z.string().optional() })
  .loose();

/** Words for a request Fastify refused before any route ran. */
function clientErrorMessage(status: number): string {
  if (status === 413) return 'The request body is too large.';
  if (status === 415) return 'Send the request body as JSON (application/json).';
  return 'The request could not be read.';
}

/** Builds the backend (store opened and migrated); call `listen` to serve. */
export async function createServer(options: ServerOptions): Promise<TactfulBackend> {
  const logger = options.logger ?? createJsonLogger();
  const now = options.now ?? (() => Date.now());
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const budgetMs = options.requestBudgetMs ?? 10_000;
  const basePath = options.hubspotBaseUrl ?? 'https://api.hubapi.com';
  let key = options.encryptionKey;
  if (!key) {
    if (process.env.NODE_ENV === 'production') {
      throw new Error(
        'TACTFUL_ENCRYPTION_KEY is required in production: tokens are never stored unencrypted.',
      );
    }
    logger.warn('startup.ephemeral-encryption-key', { note: 'tokens will not survive a restart' });
    key = randomBytes(32);
  }
  const store =
    options.store ??
    (await openStore({
      databaseUrl: options.databaseUrl,
      sqlitePath: options.sqlitePath,
      logger,
    }));
  const ownsStore = options.store === undefined;
  const cipher = createTokenCipher(key, options.previousEncryptionKeys ?? []);
  // Not the client secret: HubSpot knows that one, and it signs requests, not our install links.
  const stateKey = deriveKey(key, 'oauth-state');
  const installations = createInstallations({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    basePath,
    store,
    cipher,
    logger,
    now,
    // A refresh can never usefully outlast the request that is waiting for it.
    tokenTimeoutMs: Math.min(defaultTokenTimeoutMs, budgetMs),
  });
  const limiter = createPortalLimiter({
    limit: options.burst?.limit ?? 110,
    windowMs: options.burst?.windowMs ?? 10_000,
    now,
    sleep,
  });

  const app = fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const rawBodies = new WeakMap<FastifyRequest, string>();
  const signed = new WeakMap<FastifyRequest, SignedContext>();

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

  // The origin HubSpot calls: configured, or the loopback address `listen` bound. Never the
  // request's Host header, which any client sets (it would pick the OAuth redirect_uri).
  let publicOrigin = options.publicBaseUrl?.replace(/\/$/, '');
  const baseUrl = (): string => {
    if (publicOrigin === undefined)
      throw new Error('No public URL: set TACTFUL_PUBLIC_URL or listen on loopback first');
    return publicOrigin;
  };
  const route = (request: FastifyRequest) => request.routeOptions.url ?? 'unknown';

  const fail = (reply: FastifyReply, error: BackendError) =>
    reply
      .code(statusForError(error.code))
      .header('cache-control', 'no-store')
      .send(errorReply(error));
  const send = <T>(reply: FastifyReply, result: Result<T, BackendError>) =>
    result.ok
      ? reply.header('cache-control', 'no-store').send(result.value)
      : fail(reply, result.error);
  /** An idempotent write's reply, saying whether it was replayed from the first attempt. */
  const sendWrite = <T extends object>(
    reply: FastifyReply,
    result: Result<{ reply: T; replayed: boolean }, BackendError>,
  ) =>
    send(
      reply,
      result.ok ? ok({ ...result.value.reply, replayed: result.value.replayed }) : result,
    );
  const parse = <T>(
    schema: z.ZodType<T>,
    value: unknown,
    what: string,
  ): Result<T, BackendError> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    const fields = parsed.error.issues
      .map((issue) => issue.path.join('.') || what)
      .slice(0, 3)
      .join(', ');
    return { ok: false, error: backendError('bad-request', `Invalid ${what}: ${fields}.`) };
  };

  /** Verifies the v3 signature, refuses replays, and picks the installation from the portal id. */
  const verifySigned = async (request: FastifyRequest, reply: FastifyReply) => {
    const refuse = (reason: string) => {
      logger.warn('request.refused', { reason, method: request.method, route: route(request) });
      return fail(
        reply,
        backendError('unauthorized', 'This request could not be verified as coming from HubSpot.'),
      );
    };
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const signature = header('x-hubspot-signature-v3');
    const verdict = verifyRequestV3(
      {
        method: request.method,
        url: `${baseUrl()}${request.url}`,
        body: rawBodies.get(request) ?? '',
        timestamp: header('x-hubspot-request-timestamp'),
        signature,
      },
      options.clientSecret,
      now(),
    );
    if (!verdict.ok) return refuse(verdict.reason);
    const fingerprint = signatureFingerprint(signature ?? '');
    // Only writes are refused when replayed: the card legitimately sends identical reads within the
    // same millisecond (same URL, body and timestamp, so the same signature), and a read changes nothing.
    if (
      request.method !== 'GET' &&
      !(await store.rememberSignature(fingerprint, now() + maxSignatureAgeMs + 60_000))
    )
      return refuse('replayed');
    signed.set(request, { portalId: 0, fingerprint });
    if (route(request) === '/webhooks/hubspot') {
      // HubSpot posts webhooks to the bare target URL; card requests carry portalId and userId
      // (and HubSpot's appId). A query string means a card request aimed here, whatever its body says.
      if (request.url.includes('?')) return refuse('card-request-on-webhook');
      return undefined;
    }
    const query = signedQuery.safeParse(request.query);
    if (!query.success) return refuse('no-portal');
    if (options.appId && query.data.appId !== undefined && query.data.appId !== options.appId)
      return refuse('other-app');
    const user = signedUser.safeParse(request.query);
    signed.set(request, {
      portalId: query.data.portalId,
      ...(user.success ? { userId: user.data.userId } : {}),
      fingerprint,
    });
    return undefined;
  };

  app.addHook('onResponse', async (request, reply) => {
    const context = signed.get(request);
    // HubSpot retries a request once after a 5xx with the same signature: let that retry through.
    if (context && reply.statusCode >= 500) await store.forgetSignature(context.fingerprint);
    logger.info('request', {
      method: request.method,
      route: route(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      ...(context && context.portalId > 0 ? { portalId: context.portalId } : {}),
    });
  });
  app.setErrorHandler((error, request, reply) => {
    // Fastify's own refusals (body too large, unsupported media type, unreadable body) carry a
    // 4xx statusCode: the client's mistake, answered as such and logged as a warning.
    const refused = fastifyClientError.safeParse(error);
    if (refused.success) {
      const { statusCode, code } = refused.data;
      logger.warn('request.rejected', {
        method: request.method,
        route: route(request),
        status: statusCode,
        ...(code !== undefined && /^FST_[A-Z_]{1,60}$/.test(code) ? { reason: code } : {}),
      });
      return reply
        .code(statusCode)
        .header('cache-control', 'no-store')
        .send(errorReply(backendError('bad-request', clientErrorMessage(statusCode))));
    }
    const name = error instanceof Error ? error.name : 'unknown';
    logger.error('request.crashed', { route: route(request), error: name });
    return fail(reply, backendError('internal', 'Something went wrong on our side.'));
  });
  app.setNotFoundHandler((_request, reply) =>
    fail(reply, backendError('not-found', 'No such endpoint.')),
  );

  const contextOf = (request: FastifyRequest): SignedContext => {
    const context = signed.get(request);
    if (!context) throw new Error('Signed route reached without verification');
    return context;
  };
  const callerFor = (portalId: number, deadline: number): HubSpotCaller =>
    createHubSpotCaller({
      portalId,
      accessToken: (refresh) => installations.accessToken(portalId, refresh, deadline),
      basePath,
      limiter,
      deadline,
      now,
      sleep,
      logger,
    });
  // HubSpot's answers on who may manage the app, per portal and user, for a few minutes: settings
  // saves come in bursts, and a demoted admin loses the right within that time.
  const managers = new Map<string, { allowed: boolean; until: number }>();
  /**
   * Whether the signed user may change the portal's settings. The card shows settings to users
   * with `integrations-management-write`, but that list comes from the browser (unsigned) and
   * HubSpot's API does not expose it per user; super admins always hold it, so HubSpot's
   * `superAdmin` for the signed `userId` decides.
   */
  const mayManageApp = async (
    portalId: number,
    userId: string | undefined,
    deadline: number,
  ): Promise<Result<boolean, BackendError>> => {
    if (userId === undefined) return ok(false);
    const key = `${portalId}:${userId}`;
    const known = managers.get(key);
    if (known && known.until > now()) return ok(known.allowed);
    const user = await callerFor(portalId, deadline).call(
      {
        method: 'GET',
        path: `/settings/v3/users/${userId}`,
        repeatable: true,
        operation: 'users.read',
      },
      hubspotUser,
    );
    if (!user.ok && user.error.code !== 'not-found') return user;
    const allowed = user.ok && (user.value.superAdmin === true || user.value.superAdmin === 'true');
    if (managers.size >= 10_000) managers.clear(); // a bound, not an eviction policy
    managers.set(key, { allowed, until: now() + managerCheckMs });
    return ok(allowed);
  };
  const bodyOf = (request: FastifyRequest): unknown =>
    typeof request.body === 'symbol' ? undefined : request.body;
  const idempotencyKeyOf = (
    request: FastifyRequest,
    inBody: string | undefined,
  ): Result<string | undefined, BackendError> => {
    const header = request.headers['idempotency-key'];
    const fromHeader = Array.isArray(header) ? header[0] : header;
    if (fromHeader && inBody && fromHeader !== inBody) {
      return {
        ok: false,
        error: backendError('bad-request', 'Idempotency-Key header and body disagree.'),
      };
    }
    return { ok: true, value: inBody ?? fromHeader };
  };

  // ------------------------------------------------------------------ unsigned: health and OAuth

  app.get('/healthz', async () => ({ ok: true, store: store.kind }));

  app.get('/oauth/install', async (_request, reply) => {
    const origin = baseUrl();
    const redirect = `${origin}/oauth/callback`;
    const state = createInstallState(stateKey, now());
    // Any instance may receive the callback: the state waits in the shared store, good once.
    await store.saveOAuthState(installStateFingerprint(state), now() + installStateLifetimeMs);
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', installStateCookie(state, origin.startsWith('https:')))
      .redirect(installUrl(options.clientId, redirect, state));
  });

  app.get('/oauth/callback', async (request, reply) => {
    reply.header('set-cookie', clearedInstallStateCookie(baseUrl().startsWith('https:')));
    const query = parse(callbackQuery, request.query, 'callback');
    if (!query.ok) return fail(reply, query.error);
    const state = query.value.state;
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
    const deadline = now() + budgetMs;
    const installed = await installations.install(
      query.value.code,
      `${baseUrl()}/oauth/callback`,
      deadline,
    );
    if (!installed.ok) return fail(reply, installed.error);
    const properties = await ensureCollectionsProperties(
      callerFor(installed.value.portalId, deadline),
    );
    if (!properties.ok) return fail(reply, properties.error);
    return reply.send({
      installed: true,
      portalId: installed.value.portalId,
      propertiesCreated: properties.value.created,
    });
  });

  // ------------------------------------------------------------------ webhooks (signed)

  app.post('/webhooks/hubspot', { preHandler: verifySigned }, async (request, reply) => {
    // The whole batch is checked before anything is erased.
    const events = parse(webhookBatch(options.appId), bodyOf(request), 'webhook events');
    if (!events.ok) return fail(reply, events.error);
    let contacts = 0;
    let portals = 0;
    for (const event of events.value) {
      const type = event.subscriptionType.toLowerCase();
      if (type.includes('uninstall')) {
        installations.forget(event.portalId);
        await store.deleteInstallation(event.portalId);
        portals += 1;
      } else if (
        (type === 'contact.deletion' ||
          type === 'contact.privacydeletion' ||
          (type === 'object.deletion' && event.objectTypeId === '0-1')) &&
        event.objectId !== undefined
      ) {
        contacts += await store.deleteContactData(event.portalId, String(event.objectId));
      }
    }
    logger.info('webhook.erased', {
      events: events.value.length,
      keysErased: contacts,
      portalsErased: portals,
    });
    return reply.code(204).send();
  });

  // ------------------------------------------------------------------ the card's endpoints (signed)

  app.register(async (api) => {
    api.addHook('preHandler', verifySigned);

    api.get('/api/contacts/:contactId/engagements', async (request, reply) => {
      const { portalId } = contextOf(request);
      const params = parse(contactParams, request.params, 'contact id');
      if (!params.ok) return fail(reply, params.error);
      const query = parse(engagementsQuerySchema, request.query, 'query');
      if (!query.ok) return fail(reply, query.error);
      const hubspot = callerFor(portalId, now() + budgetMs);
      return send(
        reply,
        await readEngagementPage(
          hubspot,
          params.value.contactId,
          query.value.limit,
          query.value.cursor,
        ),
      );
    });

    api.get('/api/contacts/:contactId/collections', async (request, reply) => {
      const { portalId } = contextOf(request);
      const params = parse(contactParams, request.params, 'contact id');
      if (!params.ok) return fail(reply, params.error);
      return send(
        reply,
        await readContactCollections(callerFor(portalId, now() + budgetMs), params.value.contactId),
      );
    });

    api.post('/api/contacts/:contactId/plans', async (request, reply) => {
      const { portalId } = contextOf(request);
      const params = parse(contactParams, request.params, 'contact id');
      if (!params.ok) return fail(reply, params.error);
      const body = parse(planWriteRequestSchema, bodyOf(request), 'plan');
      if (!body.ok) return fail(reply, body.error);
      const key = idempotencyKeyOf(request, body.value.idempotencyKey);
      if (!key.ok || !key.value)
        return fail(
          reply,
          key.ok ? backendError('bad-request', 'idempotencyKey is required.') : key.error,
        );
      const idempotencyKey = key.value;
      const plan = body.value;
      const instalments: Instalment[] = [];
      for (const instalment of plan.instalments) {
        const checked = checkedAmount(instalment.amount, plan.currency);
        if (!checked.ok) return fail(reply, checked.error);
        instalments.push({ due: instalment.due, amount: checked.value });
      }
      const contactId = params.value.contactId;
      const deadline = now() + budgetMs;
      const hubspot = callerFor(portalId, deadline);
      const result = await runIdempotentWrite(
        { store, logger, now, sleep },
        {
          portalId,
          contactId,
          key: key.value,
          requestHash: requestHash('plans', { contactId, plan }),
          deadline,
          progress: { schema: planProgress, initial: { taskIds: [] } },
          reply: z.object({ noteId: z.string(), taskIds: z.array(z.string()) }),
          async perform(progress, save) {
            const noteMarker = writeMarker(idempotencyKey, 'plan-note');
            let noteId = progress.noteId;
            if (noteId === undefined) {
              const note = await createOnce(
                hubspot,
                contactId,
                'notes',
                noteMarker,
                progress.noteAttempted === true,
                () => save({ taskIds: [], noteAttempted: true }),
                () =>
                  createNote(
                    hubspot,
                    contactId,
                    planNoteHtml(plan.summary, instalments, plan.currency, noteMarker),
                    now(),
                    plan.ownerId,
                  ),
              );
              if (!note.ok) return note;
              noteId = note.value;
            }
            let done = progress.taskIds;
            const drafts = instalments.map((instalment, index) => ({
              subject: taskTitle(
                plan.taskTitle,
                index + 1,
                instalments.length,
                instalment,
                plan.currency,
              ),
              body: `${plan.summary}\n\nRef: ${writeMarker(idempotencyKey, `plan-task-${index}`)}`,
              due: instalment.due,
            }));
            if (progress.tasksAttempted && done.length < drafts.length) {
              const markers = drafts
                .slice(done.length)
                .map((_, offset) =>
                  writeMarker(idempotencyKey, `plan-task-${done.length + offset}`),
                );
              const found = await findMarkedObjects(hubspot, contactId, 'tasks', markers);
              if (!found.ok) return found;
              // Batches are created in order, so what was created is a prefix of what remains.
              const recovered: string[] = [];
              for (const marker of markers) {
                const id = found.value.get(marker);
                if (id === undefined) break;
                recovered.push(id);
              }
              done = [...done, ...recovered];
            }
            const noteIdSoFar = noteId;
            const doneSoFar = done;
            await save({ noteId, taskIds: done, noteAttempted: true, tasksAttempted: true });
            const tasks = await createTasks(
              hubspot,
              contactId,
              drafts.slice(done.length),
              plan.ownerId,
              (ids) =>
                save({
                  noteId: noteIdSoFar,
                  taskIds: [...doneSoFar, ...ids],
                  noteAttempted: true,
                  tasksAttempted: true,
                }),
            );
            if (!tasks.ok) return tasks;
            return { ok: true, value: { noteId, taskIds: [...done, ...tasks.value] } };
          },
        },
      );
      return sendWrite(reply, result);
    });

    api.post('/api/contacts/:contactId/promises', async (request, reply) => {
      const { portalId } = contextOf(request);
      const params = parse(contactParams, request.params, 'contact id');
      if (!params.ok) return fail(reply, params.error);
      const body = parse(promiseWriteRequestSchema, bodyOf(request), 'promise');
      if (!body.ok) return fail(reply, body.error);
      const key = idempotencyKeyOf(request, body.value.idempotencyKey);
      if (!key.ok || !key.value)
        return fail(
          reply,
          key.ok ? backendError('bad-request', 'idempotencyKey is required.') : key.error,
        );
      const promiseKey = key.value;
      const promise = body.value;
      const amount = checkedAmount(promise.amount.amount, promise.amount.currency);
      if (!amount.ok) return fail(reply, amount.error);
      const contactId = params.value.contactId;
      const deadline = now() + budgetMs;
      const hubspot = callerFor(portalId, deadline);
      const line = `${amount.value} ${promise.amount.currency} by ${promise.due} (${promise.channel})`;
      const result = await runIdempotentWrite(
        { store, logger, now, sleep },
        {
          portalId,
          contactId,
          key: key.value,
          requestHash: requestHash('promises', { contactId, promise }),
          deadline,
          progress: { schema: promiseProgress, initial: {} },
          reply: z.object({ noteId: z.string(), taskId: z.string() }),
          async perform(progress, save) {
            const noteMarker = writeMarker(promiseKey, 'promise-note');
            const taskMarker = writeMarker(promiseKey, 'promise-task');
            let noteId = progress.noteId;
            if (noteId === undefined) {
              const html = `<p><strong>Promise to pay (Tactful)</strong></p><p>${escapeHtml(promise.summary)}</p><p>${escapeHtml(line)}</p>${markerHtml(noteMarker)}`;
              const note = await createOnce(
                hubspot,
                contactId,
                'notes',
                noteMarker,
                progress.noteAttempted === true,
                () => save({ ...progress, noteAttempted: true }),
                () => createNote(hubspot, contactId, html, now(), promise.ownerId),
              );
              if (!note.ok) return note;
              noteId = note.value;
              await save({ noteId, noteAttempted: true });
            }
            if (progress.taskId !== undefined)
              return { ok: true, value: { noteId, taskId: progress.taskId } };
            const noteIdSoFar = noteId;
            const task = await createOnce(
              hubspot,
              contactId,
              'tasks',
              taskMarker,
              progress.taskAttempted === true,
              () => save({ noteId: noteIdSoFar, noteAttempted: true, taskAttempted: true }),
              async () => {
                const created = await createTasks(
                  hubspot,
                  contactId,
                  [
                    {
                      subject: `Promised payment due: ${amount.value} ${promise.amount.currency}`,
                      body: `${promise.summary}\n\nRef: ${taskMarker}`,
                      due: promise.due,
                    },
                  ],
                  promise.ownerId,
                  async () => {},
                );
                if (!created.ok) return created;
                const id = created.value[0];
                if (id === undefined) throw new Error('createTasks returned no id for one task');
                return ok(id);
              },
            );
            if (!task.ok) return task;
            const taskId = task.value;
            return { ok: true, value: { noteId, taskId } };
          },
        },
      );
      return sendWrite(reply, result);
    });

    api.put('/api/contacts/:contactId/flags/:kind', async (request, reply) => {
      const { portalId } = contextOf(request);
      const params = parse(flagParams, request.params, 'flag');
      if (!params.ok) return fail(reply, params.error);
      const body = parse(flagWriteRequestSchema, bodyOf(request), 'flag');
      if (!body.ok) return fail(reply, body.error);
      const key = idempotencyKeyOf(request, body.value.idempotencyKey);
      if (!key.ok) return fail(reply, key.error);
      const { contactId, kind } = params.value;
      const flag = body.value;
      const deadline = now() + budgetMs;
      const hubspot = callerFor(portalId, deadline);
      const write = async (
        progress: z.infer<typeof flagProgress>,
        save: (p: z.infer<typeof flagProgress>) => Promise<void>,
      ) => {
        if (!progress.updated) {
          const updated = await updateContact(hubspot, contactId, flagPropertyUpdates(kind, flag));
          if (!updated.ok) return updated;
          await save({ updated: true });
        }
        let noteId = progress.noteId;
        if (noteId === undefined) {
          // Without an idempotency key nothing is retried, so there is nothing to find again.
          const noteMarker = writeMarker(key.value ?? `flag-${now()}`, 'flag-note');
          const note = await createOnce(
            hubspot,
            contactId,
            'notes',
            noteMarker,
            progress.noteAttempted === true,
            () => save({ updated: true, noteAttempted: true }),
            () =>
              createNote(
                hubspot,
                contactId,
                `${flagNoteHtml(kind, flag)}${markerHtml(noteMarker)}`,
                now(),
                undefined,
              ),
          );
          if (!note.ok) return note;
          noteId = note.value;
          await save({ updated: true, noteId, noteAttempted: true });
        }
        const collections = await readContactCollections(hubspot, contactId);
        if (!collections.ok) return collections;
        return { ok: true as const, value: { flags: collections.value.flags, noteId } };
      };
      if (!key.value) {
        const result = await write({ updated: false }, async () => {});
        return send(
          reply,
          result.ok ? { ok: true, value: { ...result.value, replayed: false } } : result,
        );
      }
      const result = await runIdempotentWrite(
        { store, logger, now, sleep },
        {
          portalId,
          contactId,
          key: key.value,
          requestHash: requestHash('flags', { contactId, kind, flag }),
          deadline,
          progress: { schema: flagProgress, initial: { updated: false } },
          reply: z.object({
            flags: z.array(
              z.object({
                kind: z.enum(flagKinds),
                since: z.string(),
                source: z.enum(['customer', 'agent', 'third-party', 'court']),
                reason: z.string(),
              }),
            ),
            noteId: z.string(),
          }),
          perform: write,
        },
      );
      return sendWrite(reply, result);
    });

    api.get('/api/settings', async (request, reply) => {
      const { portalId } = contextOf(request);
      const stored = await store.getSettings(portalId);
      const settings = portalSettingsSchema.safeParse(
        stored === undefined ? {} : JSON.parse(stored),
      );
      return reply
        .header('cache-control', 'no-store')
        .send({ settings: settings.success ? settings.data : {} });
    });

    api.put('/api/settings', async (request, reply) => {
      const { portalId, userId } = contextOf(request);
      if ((await store.getInstallation(portalId)) === undefined) {
        return fail(
          reply,
          backendError('not-installed', 'Tactful is not installed in this HubSpot account.'),
        );
      }
      const allowed = await mayManageApp(portalId, userId, now() + budgetMs);
      if (!allowed.ok) return fail(reply, allowed.error);
      if (!allowed.value) {
        logger.warn('settings.refused', { portalId, reason: 'not-app-manager' });
        return fail(
          reply,
          backendError('forbidden', 'Only a HubSpot super admin can change Tactful’s settings.'),
        );
      }
      const body = parse(settingsWriteRequestSchema, bodyOf(request), 'settings');
      if (!body.ok) return fail(reply, body.error);
      const json = JSON.stringify(body.value.settings);
      if (Buffer.byteLength(json) > maxSettingsBytes)
        return fail(reply, backendError('bad-request', 'Settings are too large.'));
      await store.saveSettings(portalId, json, now());
      return reply.header('cache-control', 'no-store').send({ settings: body.value.settings });
    });

    /** A signed request for a portal that has no installation (or lost it) goes no further. */
    const notInstalled = async (portalId: number): Promise<BackendError | undefined> =>
      (await store.getInstallation(portalId)) === undefined
        ? backendError('not-installed', 'Tactful is not installed in this HubSpot account.')
        : undefined;

    /**
     * What the portal's admin allows for agent feedback. Only the tone section is read, as the card
     * does, so a wrong value elsewhere in the settings never changes it; anything unreadable is off.
     */
    const feedbackPolicy = async (
      portalId: number,
    ): Promise<{ feedback: boolean; includeDraft: boolean }> => {
      const off = { feedback: false, includeDraft: false };
      const stored = await store.getSettings(portalId);
      if (stored === undefined) return off;
      let json: unknown;
      try {
        json = JSON.parse(stored);
      } catch {
        return off;
      }
      const tone = z.object({ tone: z.unknown() }).loose().safeParse(json);
      const checked = validateSettings({ tone: tone.success ? tone.data.tone : undefined });
      return checked.ok
        ? {
            feedback: checked.value.tone.feedback,
            includeDraft: checked.value.tone.feedbackIncludeDraft,
          }
        : off;
    };

    api.post('/api/tone-feedback', async (request, reply) => {
      const { portalId } = contextOf(request);
      const missing = await notInstalled(portalId);
      if (missing) return fail(reply, missing);
      const body = parse(toneFeedbackWriteRequestSchema, bodyOf(request), 'tone feedback');
      if (!body.ok) return fail(reply, body.error);
      const policy = await feedbackPolicy(portalId);
      if (!policy.feedback) {
        logger.warn('tone-feedback.refused', { portalId, reason: 'turned-off' });
        return fail(
          reply,
          backendError(
            'forbidden',
            'Agent feedback is turned off in this account’s Tactful settings.',
          ),
        );
      }
      // The draft may name the customer: kept only where the admin ticked that too.
      const { draft, ...withoutDraft } = body.value;
      const keepDraft = policy.includeDraft && draft !== undefined;
      const kept: ToneFeedback = keepDraft ? body.value : withoutDraft;
      const saved = await store.saveToneFeedback(portalId, kept.id, JSON.stringify(kept), now());
      logger.info('tone-feedback.recorded', { portalId, kind: kept.kind, replayed: !saved });
      const answer: ToneFeedbackWriteReply = {
        id: kept.id,
        draftStored: keepDraft,
        replayed: !saved,
      };
      return reply.header('cache-control', 'no-store').send(answer);
    });

    api.get('/api/tone-feedback', async (request, reply) => {
      const { portalId, userId } = contextOf(request);
      const missing = await notInstalled(portalId);
      if (missing) return fail(reply, missing);
      // Feedback may hold drafts: the same people who may change the settings may read it.
      const allowed = await mayManageApp(portalId, userId, now() + budgetMs);
      if (!allowed.ok) return fail(reply, allowed.error);
      if (!allowed.value) {
        logger.warn('tone-feedback.refused', { portalId, reason: 'not-app-manager' });
        return fail(
          reply,
          backendError('forbidden', 'Only a HubSpot super admin can read agent feedback.'),
        );
      }
      const query = parse(toneFeedbackListQuerySchema, request.query, 'query');
      if (!query.ok) return fail(reply, query.error);
      const rows = await store.listToneFeedback(portalId, query.value.limit);
      // Rows are our own JSON; one an older version wrote that no longer reads is left out.
      const feedback = rows.flatMap((row) => {
        try {
          const parsed = toneFeedbackSchema.safeParse(JSON.parse(row));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      });
      return reply.header('cache-control', 'no-store').send(feedback);
    });

    // No uninstall endpoint: the card never offers one, and HubSpot's uninstall reaches us as a
    // webhook. One less signed write that could erase a portal.
  });

  // Expired idempotency keys and signatures go once a minute (any instance may do it).
  const sweep = setInterval(() => {
    store.deleteExpired(now()).catch(() => logger.warn('store.sweep-failed', {}));
  }, 60_000);
  sweep.unref();

  await app.ready();
  return {
    app,
    store,
    installations,
    async listen(listenOptions = {}) {
      const host = listenOptions.host ?? '127.0.0.1';
      if (publicOrigin === undefined && !isLoopbackHost(host)) {
        throw new Error(
          `TACTFUL_PUBLIC_URL (publicBaseUrl) is required to listen on ${host}: without it, URLs would come from the request's Host header.`,
        );
      }
      const address = await app.listen({ port: listenOptions.port ?? 0, host });
      publicOrigin ??= address;
      logger.info('listening', { address });
      return address;
    },
    async close() {
      clearInterval(sweep);
      await app.close();
      if (ownsStore) await store.close();
    },
  };
}

function flagNoteHtml(kind: FlagKind, flag: z.infer<typeof flagWriteRequestSchema>): string {
  const title = flag.set ? `Flag set: ${kind}` : `Flag cleared: ${kind}`;
  const detail = flag.set
    ? `Since ${flag.since}, raised by ${flag.source}. ${flag.reason}`
    : (flag.reason ?? '');
  return `<p><strong>${escapeHtml(title)} (Tactful)</strong></p><p>${escapeHtml(detail)}</p>`;
}
