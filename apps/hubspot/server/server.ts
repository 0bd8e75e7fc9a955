/**
 * Our HubSpot backend: the card's endpoints behind v3 signature checks, the OAuth install flow and
 * the privacy webhooks. Stateless: everything lasting is in the store, so any number of instances can
 * serve one portal behind a load balancer. `createServer` is what the start script and the playground
 * call; this file only assembles the parts (http/ for how requests are read and answered, routes/
 * for the endpoints, hubspot/ for HubSpot's API, store/ for the database).
 */
import { fastify, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from '../../../shared/ports';
import { isLoopbackHost } from './config';
import { resealOnRead } from './keyRotation';
import { createContactReads, defaultContactReadTtlMs } from './cache/contactReads';
import { createHubSpotCaller } from './hubspot/hubspotCaller';
import { createLocalCoordination, type Coordination } from './coordination/coordination';
import { createPostgresCoordination } from './coordination/postgresCoordination';
import { hubspotBurstLimit } from './hubspot/limiter';
import { createAppManagers } from './http/appManagers';
import { drainOptions, refuseWhileDraining } from './http/draining';
import { answerClientErrors, answerFrameworkErrors } from './http/frameworkErrors';
import {
  createPortalQuota,
  defaultRequestsPerMinute,
  draftChecksPerRequest,
} from './http/portalQuota';
import { answerFailures, invalidInput, logRequests, routeOf } from './http/replies';
import { signedContextOf, signedRequests } from './http/signedRequests';
import { createJsonLogger } from './logger';
import { measureLimiter, measureRequests, measureStore } from './observability/instrument';
import { createMetrics } from './observability/metrics';
import { bindRequestIds, requestIdFor } from './observability/requestContext';
import { createInstallations, defaultTokenTimeoutMs, type Installations } from './oauth';
import { contactRoutes } from './routes/contacts';
import type { RouteDeps } from './routes/context';
import { healthRoutes } from './routes/health';
import { metricsRoutes } from './routes/metrics';
import { languageRoutes } from './routes/language';
import { languagePaths } from '../contract/language';
import { installShippedModels } from './models/shippedModels';
import { oauthRoutes } from './routes/oauth';
import { outcomeRoutes } from './routes/outcomes';
import { settingsRoutes } from './routes/settings';
import { toneFeedbackRoutes } from './routes/toneFeedback';
import { webhookPath, webhookRoutes } from './routes/webhooks';
import { openStore } from './store/openStore';
import type { Store } from './store/store';
import { createTokenCipher, deriveKey, encryptionKeyOrEphemeral } from './tokenCipher';
import { purgeAllToneDays } from './toneRetention';
import { todayIn } from '../../../shared/calendar/calendar';

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
  /** When set, `GET /metrics` answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Requests a portal may make to our endpoints a minute (default 300); over it, 429. */
  portalRequestsPerMinute?: number;
  /** Time one card request may take in all (the card's `hubspot.fetch` gives up at 15 s). */
  requestBudgetMs?: number;
  /**
   * HubSpot burst limit per portal (marketplace apps: 110 per 10 s). With PostgreSQL it holds across
   * every instance on the database, a taken slot staying taken `guardMs` longer (default 500 ms).
   */
  burst?: { limit: number; windowMs: number; guardMs?: number };
  /**
   * How long a contact's history page or collections view is served from this process's memory
   * before HubSpot is asked again (default 10 s; 0 turns the cache off). Our writes forget it.
   */
  contactReadTtlMs?: number;
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

/** Builds the backend (store opened and migrated); call `listen` to serve. */
export async function createServer(options: ServerOptions): Promise<TactfulBackend> {
  const logger = options.logger ?? createJsonLogger();
  const now = options.now ?? (() => Date.now());
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const budgetMs = options.requestBudgetMs ?? 10_000;
  const basePath = options.hubspotBaseUrl ?? 'https://api.hubapi.com';
  const key = encryptionKeyOrEphemeral(options.encryptionKey, logger);
  const metrics = createMetrics();
  const cipher = createTokenCipher(key, options.previousEncryptionKeys ?? []);
  // Every store operation that fails is counted, and every token refresh stored; tokens still
  // sealed with a rotated-out key are sealed anew when read.
  const store = measureStore(
    resealOnRead(
      options.store ??
        (await openStore({
          databaseUrl: options.databaseUrl,
          sqlitePath: options.sqlitePath,
          logger,
        })),
      cipher,
      logger,
    ),
    metrics,
  );
  const ownsStore = options.store === undefined;
  const burst = {
    limit: options.burst?.limit ?? hubspotBurstLimit.limit,
    windowMs: options.burst?.windowMs ?? hubspotBurstLimit.windowMs,
    ...(options.burst?.guardMs === undefined ? {} : { guardMs: options.burst.guardMs }),
  };
  // Shared by all instances on PostgreSQL; in this process's memory on SQLite (one instance).
  const coordination: Coordination =
    options.databaseUrl !== undefined && store.kind === 'postgres'
      ? await createPostgresCoordination(options.databaseUrl, { ...burst, now, sleep, logger })
      : createLocalCoordination({ ...burst, now, sleep });
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
    ...(coordination.kind === 'postgres' ? { refreshLock: coordination.refreshLock } : {}),
    sleep,
  });
  // The language engines' rules, lexicons and models, once, before the first request.
  installShippedModels();
  const deps: RouteDeps = {
    store,
    logger,
    now,
    sleep,
    budgetMs,
    callerFor: (portalId, deadline) =>
      createHubSpotCaller({
        portalId,
        accessToken: (refresh) => installations.accessToken(portalId, refresh, deadline),
        basePath,
        limiter: measureLimiter(coordination.limiter, metrics, now),
        deadline,
        now,
        sleep,
        logger,
        onAttempt: (status) => metrics.hubspotCalls.inc({ status: String(status) }),
      }),
    contactReads: createContactReads({
      ttlMs: options.contactReadTtlMs ?? defaultContactReadTtlMs,
      now,
    }),
  };
  const managers = createAppManagers(deps);

  // The origin HubSpot calls: configured, or the loopback address `listen` bound. Never the
  // request's Host header, which any client sets (it would pick the OAuth redirect_uri).
  let publicOrigin = options.publicBaseUrl?.replace(/\/$/, '');
  const baseUrl = (): string => {
    if (publicOrigin === undefined)
      throw new Error('No public URL: set TACTFUL_PUBLIC_URL or listen on loopback first');
    return publicOrigin;
  };

  const app = fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    schemaErrorFormatter: invalidInput({}),
    // Fastify's and Node's own refusals (bad URL, over-long parameter, unreadable request) in our
    // error shape: their default bodies echo the URL, which may carry personal data.
    frameworkErrors: answerFrameworkErrors(logger),
    clientErrorHandler: answerClientErrors(logger),
    genReqId: requestIdFor,
    ...drainOptions,
  });
  bindRequestIds(app);
  // Every route's input and reply are the contract's zod schemas.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  answerFailures(app, logger);
  logRequests(app, logger, (request) => signedContextOf(request)?.portalId);
  measureRequests(app, metrics, routeOf);

  let draining = false;
  refuseWhileDraining(app, () => draining);
  await app.register(healthRoutes({ store, draining: () => draining }));
  await app.register(metricsRoutes(metrics, options.metricsToken));
  // Unsigned: the OAuth state key is not the client secret (HubSpot knows that one).
  const stateKey = deriveKey(key, 'oauth-state');
  const oauth = {
    clientId: options.clientId,
    stateKey,
    cookieKey: deriveKey(key, 'install-cookie'),
    installations,
    publicOrigin: baseUrl,
  };
  await app.register(oauthRoutes(deps, oauth));
  await app.register(signedRequests, {
    clientSecret: options.clientSecret,
    ...(options.appId === undefined ? {} : { appId: options.appId }),
    store,
    logger,
    now,
    publicOrigin: baseUrl,
    webhookPath,
    quota: createPortalQuota({
      perMinute: options.portalRequestsPerMinute ?? defaultRequestsPerMinute,
      now,
    }),
    draftCheckQuota: {
      route: languagePaths.toneCheck,
      quota: createPortalQuota({
        perMinute:
          draftChecksPerRequest * (options.portalRequestsPerMinute ?? defaultRequestsPerMinute),
        now,
      }),
    },
    // No uninstall endpoint: the card never offers one, and HubSpot's uninstall reaches us as a
    // webhook. One less signed write that could erase a portal.
    routes: [
      webhookRoutes(deps, installations, options.appId),
      contactRoutes(deps),
      settingsRoutes(deps, managers),
      toneFeedbackRoutes(deps, managers),
      outcomeRoutes(deps, managers),
      languageRoutes(deps),
    ],
  });

  // Expired idempotency keys and signatures go once a minute (any instance may do it), and so do
  // this process's expired contact reads.
  const sweep = setInterval(() => {
    deps.contactReads.purgeExpired();
    store.deleteExpired(now()).catch(() => logger.warn('store.sweep-failed', {}));
  }, 60_000);
  sweep.unref();
  // Tone day counts past each portal's retention go hourly, so a portal nobody opens loses them too.
  const toneRetention = setInterval(() => {
    purgeAllToneDays(store, todayIn(new Date(now()), 'UTC')).catch(() =>
      logger.warn('store.tone-retention-failed', {}),
    );
  }, 3_600_000);
  toneRetention.unref();

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
      // Readiness fails at once; Fastify stops accepting, finishes the requests in flight (new ones
      // on kept-alive connections get 503) and closes idle connections; then the pool closes.
      draining = true;
      clearInterval(sweep);
      clearInterval(toneRetention);
      await app.close();
      await coordination.close();
      if (ownsStore) await store.close();
    },
  };
}
