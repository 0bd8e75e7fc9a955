/**
 * Our HubSpot backend: the card's endpoints behind v3 signature checks, the OAuth install flow and
 * the privacy webhooks. Stateless: everything lasting is in the store, so any number of instances can
 * serve one portal behind a load balancer. `createServer` is what the start script and the playground
 * call; this file only assembles the parts (options.ts for what it is told, assemble/ for the parts
 * built from the options, http/ for how requests are read and answered, routes/ for the endpoints,
 * hubspot/ for HubSpot's API, store/ for the database).
 */
import type { FastifyInstance } from 'fastify';
import { startHousekeeping } from './assemble/housekeeping';
import { portalQuotas } from './assemble/quotas';
import { createRouteDeps } from './assemble/routeDeps';
import { serverCoordination, serverStore } from './assemble/storage';
import { createAppManagers } from './http/appManagers';
import { createHttpApp } from './http/app';
import { refuseWhileDraining } from './http/draining';
import { createPublicOrigin } from './http/publicOrigin';
import { signedRequests } from './http/signedRequests';
import { installShippedModels } from './models/shippedModels';
import { createInstallations, defaultTokenTimeoutMs, type Installations } from './oauth';
import { createMetrics } from './observability/metrics';
import { serverBasics, type ServerOptions } from './options';
import { catalogRoutes } from './routes/catalog';
import { contactRoutes } from './routes/contacts';
import { healthRoutes } from './routes/health';
import { languageRoutes } from './routes/language';
import { metricsRoutes } from './routes/metrics';
import { oauthRoutes } from './routes/oauth';
import { outcomeRoutes } from './routes/outcomes';
import { settingsRoutes } from './routes/settings';
import { toneFeedbackRoutes } from './routes/toneFeedback';
import { webhookPath, webhookRoutes } from './routes/webhooks';
import type { Store } from './store/store';
import { createTokenCipher, deriveKey, encryptionKeyOrEphemeral } from './tokenCipher';

export type { ServerOptions } from './options';

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
  const basics = serverBasics(options);
  const { logger, now, sleep, budgetMs, basePath } = basics;
  const key = encryptionKeyOrEphemeral(options.encryptionKey, logger);
  const metrics = createMetrics();
  const cipher = createTokenCipher(key, options.previousEncryptionKeys ?? []);
  const store = await serverStore(options, { cipher, metrics, basics });
  const ownsStore = options.store === undefined;
  const coordination = await serverCoordination(options, store, basics);
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
  const deps = createRouteDeps(options, { basics, store, installations, coordination, metrics });
  const managers = createAppManagers(deps);
  const publicOrigin = createPublicOrigin(options.publicBaseUrl);

  const app = createHttpApp(logger, metrics);
  let draining = false;
  refuseWhileDraining(app, () => draining);
  await app.register(healthRoutes({ store, draining: () => draining }));
  await app.register(metricsRoutes(metrics, options.metricsToken));
  // Unsigned: the OAuth state key is not the client secret (HubSpot knows that one).
  const oauth = {
    clientId: options.clientId,
    stateKey: deriveKey(key, 'oauth-state'),
    cookieKey: deriveKey(key, 'install-cookie'),
    installations,
    publicOrigin: publicOrigin.current,
  };
  await app.register(oauthRoutes(deps, oauth));
  await app.register(signedRequests, {
    clientSecret: options.clientSecret,
    ...(options.appId === undefined ? {} : { appId: options.appId }),
    store,
    logger,
    now,
    publicOrigin: publicOrigin.current,
    webhookPath,
    ...portalQuotas(options.portalRequestsPerMinute, now),
    // No uninstall endpoint: the card never offers one, and HubSpot's uninstall reaches us as a
    // webhook. One less signed write that could erase a portal.
    routes: [
      webhookRoutes(deps, installations, options.appId),
      contactRoutes(deps),
      settingsRoutes(deps, managers),
      toneFeedbackRoutes(deps, managers),
      outcomeRoutes(deps, managers),
      languageRoutes(deps),
      catalogRoutes(),
    ],
  });
  const stopHousekeeping = startHousekeeping({
    store,
    contactReads: deps.contactReads,
    now,
    logger,
  });

  await app.ready();
  return {
    app,
    store,
    installations,
    async listen(listenOptions = {}) {
      const host = listenOptions.host ?? '127.0.0.1';
      publicOrigin.checkListenHost(host);
      const address = await app.listen({ port: listenOptions.port ?? 0, host });
      publicOrigin.listening(address);
      logger.info('listening', { address });
      return address;
    },
    async close() {
      // Readiness fails at once; Fastify stops accepting, finishes the requests in flight (new ones
      // on kept-alive connections get 503) and closes idle connections; then the pool closes.
      draining = true;
      stopHousekeeping();
      await app.close();
      await coordination.close();
      if (ownsStore) await store.close();
    },
  };
}
