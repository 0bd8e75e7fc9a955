/**
 * The whole HubSpot path with no account: a seeded mock HubSpot API on loopback, our backend on
 * in-memory SQLite pointed at it and already installed through the real OAuth flow, and
 * `hubspotFetch`, which does what `hubspot.fetch` is documented to do so a preview card can call
 * the backend: refuses what HubSpot refuses (custom headers, bodies or replies over 1 MB, a timeout
 * over 2 minutes; see ./hubspot-fetch.ts), appends `appId` and nothing else (the card sends
 * `portalId` and `userId` itself), and signs with X-HubSpot-Signature-v3. Node only.
 */
import {
  createServer,
  type ServerOptions,
  type TactfulBackend,
} from '../../apps/hubspot/server/server';
import type { Logger } from '../../shared/ports';
import { backendBaseUrl } from '../../apps/hubspot/card/host/backend-url';
import {
  hubspotFetchDefaultTimeoutMs,
  hubspotFetchRefusal,
  limitHubSpotFetchReply,
} from './hubspot-fetch';
import { startMockHubSpotServer } from './httpServer';
import { hubspotSignedHeaders } from './signed-headers';
import { createHubSpotWorld, type HubSpotWorld } from './world';

/** What `hubspot.fetch` takes (and `headers`, which it does not, so tests can show it fails). */
export interface HubSpotFetchInit {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  timeout?: number;
  headers?: Record<string, string>;
}

/** The app id the playground's HubSpot appends to every request (the mock's app). */
export const playgroundAppId = '4242';

/** A running playground backend. */
export interface HubSpotPlayground {
  backend: TactfulBackend;
  backendUrl: string;
  hubspotUrl: string;
  world: HubSpotWorld;
  portalId: number;
  /**
   * `hubspot.fetch` against the backend: `path` is the card's URL path and query as the card
   * built it (with its `portalId` and `userId`); rejects like hubspot.fetch on what HubSpot refuses.
   */
  hubspotFetch(path: string, init?: HubSpotFetchInit): Promise<Response>;
  /** `path` with the `portalId` and `userId` a card in this portal sends (the playground agent by default). */
  cardPath(path: string, userId?: number): string;
  close(): Promise<void>;
}

/** Options for the playground backend. */
export interface HubSpotPlaygroundOptions {
  /** Backend port (0 = any free port). */
  port?: number;
  /** Mock HubSpot API port (0 = any free port). */
  hubspotPort?: number;
  logger?: Logger;
  /** The agent the preview pretends to be. */
  user?: { id: number; email: string };
  /** Anything else for `createServer` (the load test lifts the burst limit). */
  server?: Partial<ServerOptions>;
}

const clientId = 'playground-client-id';
const clientSecret = 'playground-client-secret';

/** Starts mock HubSpot and the backend on 127.0.0.1, installs the app, and returns both. */
export async function startHubSpotPlayground(
  options: HubSpotPlaygroundOptions = {},
): Promise<HubSpotPlayground> {
  const world = createHubSpotWorld({ clientId, clientSecret });
  const hubspot = await startMockHubSpotServer(world, options.hubspotPort ?? 0);
  const backend = await createServer({
    clientId,
    clientSecret,
    sqlitePath: ':memory:',
    hubspotBaseUrl: hubspot.url,
    ...(options.logger ? { logger: options.logger } : {}),
    ...options.server,
  });
  const backendUrl = await backend.listen({ port: options.port ?? 0 });
  const user = options.user ?? { id: 3001, email: 'playground.agent@example.com' };

  // Install through the real flow: the mock authorises any code.
  const link = await fetch(`${backendUrl}/oauth/install`, { redirect: 'manual' });
  const state = new URL(link.headers.get('location') ?? '').searchParams.get('state') ?? '';
  // The browser's part: the callback carries back the cookie the install link set.
  const cookie = (link.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const installed = await fetch(
    `${backendUrl}/oauth/callback?code=playground&state=${encodeURIComponent(state)}`,
    { headers: { cookie } },
  );
  if (!installed.ok) throw new Error(`Playground install failed with ${installed.status}`);

  return {
    backend,
    backendUrl,
    hubspotUrl: hubspot.url,
    world,
    portalId: world.portalId,
    async hubspotFetch(path, init = {}) {
      const refusal = hubspotFetchRefusal({
        url: new URL(path, backendBaseUrl).toString(),
        ...init,
      });
      if (refusal !== undefined) throw new TypeError(refusal);
      const method = init.method ?? 'GET';
      const url = new URL(path, backendUrl);
      // The one query parameter HubSpot's docs say it adds.
      url.searchParams.append('appId', playgroundAppId);
      const body = init.body === undefined ? '' : JSON.stringify(init.body);
      const reply = await fetch(url, {
        method,
        headers: hubspotSignedHeaders({ method, url: url.toString(), body }, clientSecret),
        ...(body === '' ? {} : { body }),
        signal: AbortSignal.timeout(init.timeout ?? hubspotFetchDefaultTimeoutMs),
      });
      return limitHubSpotFetchReply(reply);
    },
    cardPath(path, userId = user.id) {
      const url = new URL(path, backendUrl);
      url.searchParams.set('portalId', String(world.portalId));
      url.searchParams.set('userId', String(userId));
      return `${url.pathname}${url.search}`;
    },
    async close() {
      await backend.close();
      await hubspot.close();
    },
  };
}
