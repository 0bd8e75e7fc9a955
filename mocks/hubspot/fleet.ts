/**
 * Many mock HubSpot portals behind one HTTP server on loopback, for the multi-instance test. Each
 * portal is a world of its own (handlers.ts); a request goes to the portal its token (or its OAuth
 * code `portal-<id>`) belongs to. The fleet misbehaves at random as HubSpot may: 429 and 503 before
 * doing anything, and a 502 after the work is done (the reply is lost on the way back). It keeps a
 * ledger of what reached it: when each API call arrived, per portal (HubSpot's burst limit counts
 * those), and each successful token refresh with the age of the token it replaced.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createHubSpotHandlers, hubspotApiBase } from './handlers';
import { readBody } from '../loopback';
import { createHubSpotWorld, type HubSpotWorld } from './world';

/** How often each fault happens, as a share of requests (0..1). */
export interface FleetFaults {
  /** 429 with HubSpot's ten-secondly body, nothing done (API calls only). */
  rateLimited: number;
  /** 503, nothing done (API calls and token requests). */
  unavailable: number;
  /** The work is done, then 502: the reply is lost (API calls only). */
  lostReply: number;
}

/** One successful refresh: when, and when the token it replaced had been issued. */
export interface FleetRefresh {
  at: number;
  replacedIssuedAt: number;
}

/** What reached the fleet. */
export interface FleetLedger {
  /** Portal id → arrival times (epoch ms) of its API calls, in order. */
  calls: Map<number, number[]>;
  /** Portal id → its successful token refreshes, in order. */
  refreshes: Map<number, FleetRefresh[]>;
  /** Faults served, by kind. */
  faults: Record<keyof FleetFaults, number>;
}

/** A running fleet. */
export interface MockHubSpotFleet {
  url: string;
  worlds: Map<number, HubSpotWorld>;
  ledger: FleetLedger;
  close(): Promise<void>;
}

/** What the fleet is made of. */
export interface FleetOptions {
  portalIds: number[];
  clientId: string;
  clientSecret: string;
  tokenLifetimeSeconds: number;
  faults: FleetFaults;
  random?: () => number;
  now?: () => number;
}

function reply(outgoing: ServerResponse, status: number, body: unknown, retryAfter?: string) {
  outgoing.writeHead(status, {
    'content-type': 'application/json',
    ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
  });
  outgoing.end(JSON.stringify(body));
}

/** Starts the fleet on 127.0.0.1 (a free port). */
export async function startMockHubSpotFleet(options: FleetOptions): Promise<MockHubSpotFleet> {
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());
  let counter = 90_000_000;
  const worlds = new Map<number, HubSpotWorld>();
  const handlers = new Map<number, RequestHandler[]>();
  for (const portalId of options.portalIds) {
    const world = createHubSpotWorld({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds,
      now,
    });
    world.portalId = portalId;
    // One id sequence for the fleet, so no two portals issue the same token or record id.
    world.nextId = () => String((counter += 1));
    worlds.set(portalId, world);
    handlers.set(portalId, createHubSpotHandlers(world, hubspotApiBase));
  }
  const ledger: FleetLedger = {
    calls: new Map(options.portalIds.map((id) => [id, []])),
    refreshes: new Map(options.portalIds.map((id) => [id, []])),
    faults: { rateLimited: 0, unavailable: 0, lostReply: 0 },
  };
  const issuedAt = new Map<number, number>();
  const first = options.portalIds[0];
  if (first === undefined) throw new Error('A fleet needs at least one portal');

  const portalOf = (predicate: (world: HubSpotWorld) => boolean): number =>
    [...worlds.values()].find(predicate)?.portalId ?? first;

  const server = createServer((incoming, outgoing) => {
    const arrived = now();
    void (async () => {
      const method = incoming.method ?? 'GET';
      const path = incoming.url ?? '/';
      const body =
        method === 'GET' || method === 'HEAD' ? '' : (await readBody(incoming)).toString('utf8');
      const pathname = new URL(path, hubspotApiBase).pathname;
      const bearer = /^Bearer (.+)$/.exec(incoming.headers.authorization ?? '')?.[1];
      let portalId: number;
      let grant: string | null = null;
      if (pathname === '/oauth/v1/token') {
        const form = new URLSearchParams(body);
        grant = form.get('grant_type');
        const code = /^portal-(\d+)$/.exec(form.get('code') ?? '')?.[1];
        const refresh = form.get('refresh_token') ?? '';
        portalId =
          code !== undefined ? Number(code) : portalOf((w) => w.refreshTokens.has(refresh));
        if (random() < options.faults.unavailable) {
          ledger.faults.unavailable += 1;
          return reply(outgoing, 503, { status: 'error', message: 'Service unavailable' });
        }
      } else if (pathname.startsWith('/oauth/v1/access-tokens/')) {
        const token = decodeURIComponent(pathname.split('/').pop() ?? '');
        portalId = portalOf((w) => w.accessTokens.has(token));
      } else {
        portalId = portalOf((w) => bearer !== undefined && w.accessTokens.has(bearer));
        ledger.calls.get(portalId)?.push(arrived);
        const roll = random();
        if (roll < options.faults.rateLimited) {
          ledger.faults.rateLimited += 1;
          return reply(outgoing, 429, {
            status: 'error',
            message: 'You have reached your ten_secondly_rolling limit.',
            errorType: 'RATE_LIMIT',
            correlationId: 'mock-correlation',
            policyName: 'TEN_SECONDLY_ROLLING',
          });
        }
        if (roll < options.faults.rateLimited + options.faults.unavailable) {
          ledger.faults.unavailable += 1;
          return reply(outgoing, 503, { status: 'error', message: 'Service unavailable' });
        }
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const request = new Request(`${hubspotApiBase}${path}`, {
        method,
        headers,
        ...(body === '' ? {} : { body }),
      });
      const response = await getResponse(handlers.get(portalId) ?? [], request);
      if (!response) return reply(outgoing, 404, { status: 'error', message: 'no mock route' });
      if (grant !== null && response.status === 200) {
        if (grant === 'refresh_token')
          ledger.refreshes
            .get(portalId)
            ?.push({ at: arrived, replacedIssuedAt: issuedAt.get(portalId) ?? 0 });
        issuedAt.set(portalId, arrived);
      }
      if (grant === null && bearer !== undefined && random() < options.faults.lostReply) {
        ledger.faults.lostReply += 1;
        return reply(outgoing, 502, { status: 'error', message: 'Bad gateway' });
      }
      outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    worlds,
    ledger,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
