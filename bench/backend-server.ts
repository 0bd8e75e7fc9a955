/**
 * One backend under load, in a process of its own so its RSS is its own: `tactful` (the real
 * backend on in-memory SQLite, installed against the mock HubSpot, which answers every call 50 ms
 * late through a delaying relay), `portals` (the real backend installed in ten mock portals, a
 * fleet answering 50 ms late, with HubSpot's own burst limit kept) or `floor`
 * (bench/floors/backend.ts). Started by bench/backend.ts over IPC: it sends `{ ready }` with what a
 * client needs to sign requests, answers `'memory'` with its memory after a full GC (node
 * --expose-gc), `'cpu'` with the CPU time it has used (user and system, µs: unlike requests/s, a
 * figure other jobs on the machine barely move), `'hubspot'` with what reached the mock HubSpot,
 * and exits on `'close'`.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hubspotBurstLimit } from '../apps/hubspot/server/hubspot/limiter';
import { silentLogger } from '../apps/hubspot/server/logger';
import { createServer as createBackend } from '../apps/hubspot/server/server';
import { startMockHubSpotFleet } from '../mocks/hubspot/fleet';
import { playgroundAppId, startHubSpotPlayground } from '../mocks/hubspot/playground';
import { startBackendFloor } from './floors/backend';
import { mostInAnyWindow } from '../mocks/hubspot/burst-window';

/** What the parent needs to sign and send requests. */
export interface BackendUnderLoad {
  url: string;
  portalId: number;
  /** Every portal installed (the `portals` backend's ten; otherwise `portalId` alone). */
  portalIds: number[];
  appId: string;
  clientSecret: string;
}

/** What reached the mock HubSpot, as the `'hubspot'` message answers (the `portals` backend). */
export interface HubSpotTraffic {
  calls: number;
  /** The most calls one portal made in any window of HubSpot's burst limit (10 s). */
  maxPerPortalPerWindow: number;
}

/** The message a backend process answers `'memory'` with (bytes). */
export interface BackendMemory {
  rss: number;
  heapUsed: number;
}

/** The playground's client secret (mocks/hubspot/playground.ts), which signs card requests. */
const playgroundClientSecret = 'playground-client-secret';
/** What the portal has stored, the same in both backends. */
export const benchSettings = JSON.stringify({
  policy: { minInstalment: '25.00', maxTermMonths: 12 },
  tone: { onSave: 'warn', extraPhrases: ['final demand', 'last warning'] },
});
/** How late the mock HubSpot answers each call (issue 16). */
export const hubspotLatencyMs = 50;

const listening = (server: Server): Promise<number> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

/** A free loopback port (taken and released). */
async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listening(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Relays every request to `targetPort` after `delayMs`. */
async function startDelayingRelay(targetPort: number, delayMs: number) {
  const relay = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: targetPort,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        (reply) => {
          outgoing.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    }, delayMs);
  });
  return { url: `http://127.0.0.1:${await listening(relay)}`, relay };
}

/** The portals of the `portals` backend. */
const benchPortalIds = Array.from({ length: 10 }, (_, index) => 9101 + index);

/**
 * The real backend installed in ten portals of a mock fleet (no faults) that answers each call
 * 50 ms late. HubSpot's burst limit is kept: the cache and the limiter's queue must hold it.
 */
async function startPortals() {
  const clientId = 'bench-client-id';
  const fleet = await startMockHubSpotFleet({
    portalIds: benchPortalIds,
    clientId,
    clientSecret: playgroundClientSecret,
    tokenLifetimeSeconds: 1_800,
    faults: { rateLimited: 0, unavailable: 0, lostReply: 0 },
  });
  const { url: hubspotBaseUrl, relay } = await startDelayingRelay(
    Number(new URL(fleet.url).port),
    hubspotLatencyMs,
  );
  const backend = await createBackend({
    clientId,
    clientSecret: playgroundClientSecret,
    sqlitePath: ':memory:',
    hubspotBaseUrl,
    logger: silentLogger,
    // Our own per-portal quota on the card's endpoints is lifted: 2 clients a portal send far more
    // than an agent does. HubSpot's burst limit is not.
    portalRequestsPerMinute: 1_000_000,
  });
  const url = await backend.listen();
  for (const portalId of benchPortalIds) {
    const link = await fetch(`${url}/oauth/install`, { redirect: 'manual' });
    const state = new URL(link.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (link.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const installed = await fetch(
      `${url}/oauth/callback?code=portal-${portalId}&state=${encodeURIComponent(state)}`,
      { headers: { cookie }, redirect: 'manual' },
    );
    if (installed.status !== 200) throw new Error(`install of ${portalId}: ${installed.status}`);
  }
  return {
    ready: {
      url,
      portalId: benchPortalIds[0] ?? 0,
      portalIds: benchPortalIds,
      appId: playgroundAppId,
      clientSecret: playgroundClientSecret,
    },
    hubspot(): HubSpotTraffic {
      const perPortal = [...fleet.ledger.calls.values()];
      return {
        calls: perPortal.reduce((sum, times) => sum + times.length, 0),
        maxPerPortalPerWindow: Math.max(
          0,
          ...perPortal.map((times) => mostInAnyWindow(times, hubspotBurstLimit.windowMs)),
        ),
      };
    },
    async close() {
      await backend.close();
      relay.closeAllConnections();
      await new Promise((resolve) => relay.close(resolve));
      await fleet.close();
    },
  };
}

async function start(kind: string): Promise<{
  ready: BackendUnderLoad;
  hubspot?: () => HubSpotTraffic;
  close(): Promise<void>;
}> {
  if (kind === 'portals') return startPortals();
  if (kind === 'floor') {
    const portalId = 9001;
    const floor = await startBackendFloor({
      clientSecret: playgroundClientSecret,
      portalId,
      settings: benchSettings,
    });
    return {
      ready: {
        url: floor.url,
        portalId,
        portalIds: [portalId],
        appId: playgroundAppId,
        clientSecret: playgroundClientSecret,
      },
      close: () => floor.close(),
    };
  }
  const hubspotPort = await freePort();
  const { url: hubspotBaseUrl, relay } = await startDelayingRelay(hubspotPort, hubspotLatencyMs);
  // HubSpot's own burst limit (110 calls / 10 s per portal) is lifted: this measures our backend.
  const playground = await startHubSpotPlayground({
    logger: silentLogger,
    hubspotPort,
    // Our own per-portal quota too: every request of the load test is one portal's.
    server: {
      hubspotBaseUrl,
      burst: { limit: 1_000_000, windowMs: 10_000 },
      portalRequestsPerMinute: 1_000_000,
    },
  });
  await playground.backend.store.saveSettings(playground.portalId, benchSettings, Date.now());
  return {
    ready: {
      url: playground.backendUrl,
      portalId: playground.portalId,
      portalIds: [playground.portalId],
      appId: playgroundAppId,
      clientSecret: playgroundClientSecret,
    },
    async close() {
      await playground.close();
      relay.closeAllConnections();
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}

const send = (message: unknown) => process.send?.(message);
const running = await start(process.argv[2] ?? 'tactful');
process.on('message', (message) => {
  if (message === 'memory') {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ memory: { rss, heapUsed } satisfies BackendMemory });
  } else if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ cpu: user + system });
  } else if (message === 'hubspot') {
    send({ hubspot: running.hubspot?.() ?? { calls: 0, maxPerPortalPerWindow: 0 } });
  } else if (message === 'close') {
    // Whatever a close leaves hanging (a keep-alive socket), the process still ends.
    setTimeout(() => process.exit(0), 5_000).unref();
    void running.close().finally(() => process.exit(0));
  }
});
// The bench that started this process has gone (killed, or crashed): so does this one.
process.on('disconnect', () => process.exit(0));
send({ ready: running.ready });
