/**
 * The playground, a third host for Tactful: one loopback server with the Zendesk ticket page, the
 * HubSpot contact page, the mock Zendesk API (the msw handlers the tests use, behind a failure
 * switch), and the relay for `hubspot.fetch` to our real backend (on SQLite, installed against the
 * mock HubSpot API). A second loopback origin serves the built Zendesk app, as Zendesk serves apps
 * from their own origin, so the ZAF SDK talks to the page across origins exactly as in Zendesk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { startHubSpotPlayground, type HubSpotPlayground } from '../../mocks/hubspot/playground';
import { seedOutcomeDays, seedOutcomeTasks } from '../../mocks/hubspot/outcome-seed';
import { defaultZendeskWorld, zendeskHandlers, type ZendeskWorld } from '../../mocks/zendesk';
import { seedOutcomeHistory, seedToneHistory } from '../../mocks/zendesk/outcome-history';
import { todayIn } from '../../shared/calendar/calendar';
import type { Logger } from '../../shared/ports';
import { zafSdkCdnUrl, zendeskDist } from '../../webpack.config';
import { bundlePages } from './bundle';
import { zafSdkScript } from './zaf-sdk';
import { hostFailureSchema, withFailure, type HostFailure } from './failure';
import { answerWithHandlers, readBody, sendResponse, toFetchRequest } from './msw-bridge';
import {
  homePage,
  hubspotContactPage,
  hubspotOutcomesPage,
  zendeskOutcomesPage,
  zendeskTicketPage,
  type PageConfig,
} from './pages';

/** Where the playground listens and what it serves. */
export interface PlaygroundOptions {
  /** The pages' port (0 = any free port). */
  port?: number;
  /** The Zendesk app's asset port (0 = any free port). */
  appPort?: number;
  /** The built Zendesk app (dist/zendesk by default; `npm run build` makes it). */
  zendeskAppDir?: string;
  /** Secure installation settings that only the proxy fills into `{{setting.x}}` placeholders. */
  zendeskSecureSettings?: Record<string, string>;
  /**
   * Where the app's iframe gets the ZAF SDK. `local` (default): the asset origin serves it at the CDN
   * path (`zafSdkLocalPath`) and index.html's one SDK script tag points there, so the playground works
   * offline. `cdn`: index.html is served exactly as built, with the CDN address; whoever drives the
   * browser answers that address (the browser tests route it to `zafSdkScript()`).
   */
  zafSdk?: 'local' | 'cdn';
}

/** Where the `local` playground serves the ZAF SDK on the app's asset origin: the CDN's own path. */
export const zafSdkLocalPath = new URL(zafSdkCdnUrl).pathname;

/** The `src` of index.html's SDK script tag (quoted or not, as the minified HTML has it). */
const sdkScriptTag = new RegExp(
  `(\\ssrc=)("?)${zafSdkCdnUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\2`,
);

/** A running playground. */
export interface Playground {
  /** The home page, linking both hosts. */
  url: string;
  zendeskUrl: string;
  hubspotUrl: string;
  /** Where the built Zendesk app is served (its own origin). */
  zendeskAppUrl: string;
  /** Our HubSpot backend and the mock HubSpot API behind it. */
  hubspotBackendUrl: string;
  mockHubSpotUrl: string;
  /** The mock Zendesk account (tickets, users, custom object records) the app talks to. */
  zendeskWorld: ZendeskWorld;
  hubspot: HubSpotPlayground;
  /** The failure each host's API is simulating now. */
  failures: Record<PlaygroundHost, HostFailure>;
  close(): Promise<void>;
}

/** The two hosts the playground plays. */
export type PlaygroundHost = 'zendesk' | 'hubspot';

const quietLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

const appGuid = 'tactful-playground';

const fetchRelaySchema = z.object({
  url: z.string(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
  body: z.unknown().optional(),
  timeout: z.number().positive().optional(),
});

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('no TCP address'));
      else resolve((address satisfies AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

function sendText(outgoing: ServerResponse, status: number, type: string, body: string): void {
  outgoing.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  outgoing.end(body);
}

/**
 * Serves the app's `assets/` folder as Zendesk does (index.html loads `../assets/<chunk>.js`), and,
 * given `sdk`, the ZAF SDK at the CDN's path with index.html's SDK script tag pointing there.
 */
function appAssets(appDir: string, sdk: string | undefined) {
  const assets = path.resolve(appDir, 'assets');
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(incoming.url ?? '/', 'http://x').pathname);
    if (sdk !== undefined && pathname === zafSdkLocalPath) {
      sendText(outgoing, 200, 'text/javascript; charset=utf-8', sdk);
      return;
    }
    const file = path.resolve(appDir, `.${pathname}`);
    if (sdk !== undefined && file === path.join(assets, 'index.html') && existsSync(file)) {
      const html = readFileSync(file, 'utf8');
      if (!sdkScriptTag.test(html)) {
        sendText(outgoing, 500, 'text/plain', `index.html loads no ZAF SDK from ${zafSdkCdnUrl}`);
        return;
      }
      // The CSP already allows 'self', where the SDK now comes from.
      const local = html.replace(sdkScriptTag, `$1$2${zafSdkLocalPath}$2`);
      sendText(outgoing, 200, 'text/html; charset=utf-8', local);
      return;
    }
    if (!file.startsWith(assets + path.sep) || !existsSync(file)) {
      sendText(outgoing, 404, 'text/plain', 'Not found');
      return;
    }
    outgoing.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    outgoing.end(readFileSync(file));
  };
}

/** Starts the playground on 127.0.0.1; `close()` stops everything it started. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const appDir = options.zendeskAppDir ?? zendeskDist;
  if (!existsSync(path.join(appDir, 'assets', 'index.html'))) {
    throw new Error(
      `The Zendesk app is not built (${appDir}/assets/index.html): run npm run build`,
    );
  }
  const [scripts, hubspot, sdk] = await Promise.all([
    bundlePages(),
    startHubSpotPlayground({ logger: quietLogger }),
    options.zafSdk === 'cdn' ? undefined : zafSdkScript(),
  ]);
  // The mock account every msw handler in mocks/zendesk serves (tests' default account too): new
  // handlers registered in mocks/zendesk/index.ts reach the playground without touching it.
  const zendeskWorld = defaultZendeskWorld;
  // Twelve weeks of plan and tone history for the outcomes page, ending this week in the account's zone.
  const accountToday = todayIn(new Date(), 'America/New_York');
  seedOutcomeHistory(zendeskWorld, accountToday);
  seedToneHistory(zendeskWorld, accountToday);
  // And the HubSpot portal's: plan and promise tasks in the mock portal, tone and guard days in
  // the backend.
  const portalToday = todayIn(new Date(), 'UTC');
  seedOutcomeTasks(hubspot.world, portalToday);
  await seedOutcomeDays(hubspot.backend.store, hubspot.portalId, portalToday, Date.now());
  const zendeskOrigin = `https://${zendeskWorld.subdomain}.zendesk.com`;
  // The manifest declares no secure parameter today; tests pass some to exercise the proxy's filling.
  const secureSettings = options.zendeskSecureSettings ?? {};
  const failures: Record<PlaygroundHost, HostFailure> = { zendesk: 'none', hubspot: 'none' };

  const appServer = createServer(appAssets(appDir, sdk?.text));
  const appPort = await listen(appServer, options.appPort ?? 0);
  const zendeskAppUrl = `http://127.0.0.1:${appPort}`;

  const config: PageConfig = { zendeskAppUrl, appGuid, hubspotPortalId: hubspot.portalId };

  // Zendesk's proxy fills `{{setting.x}}` with secure settings server-side; the browser never sees them.
  const fillSecure = (text: string) =>
    text.replace(
      /(?:\{\{|%7B%7B)\s*setting\.([A-Za-z0-9_]+)\s*(?:\}\}|%7D%7D)/gi,
      (match, name: string) =>
        Object.hasOwn(secureSettings, name) ? (secureSettings[name] ?? match) : match,
    );

  const zendeskApi = async (incoming: IncomingMessage, apiPath: string): Promise<Response> => {
    const raw = await toFetchRequest(incoming, zendeskOrigin, apiPath);
    const body = raw.method === 'GET' || raw.method === 'HEAD' ? undefined : await raw.text();
    const headers = new Headers();
    raw.headers.forEach((value, name) => headers.set(name, fillSecure(value)));
    const request = new Request(fillSecure(raw.url), {
      method: raw.method,
      headers,
      ...(body ? { body: fillSecure(body) } : {}),
    });
    // The page's own reads (ticket, conversation) are not the app's traffic: never failed.
    const failure = incoming.headers['x-playground-page'] ? 'none' : failures.zendesk;
    return withFailure(failure, () => answerWithHandlers(zendeskHandlers, request));
  };

  const hubspotFetch = async (incoming: IncomingMessage): Promise<Response> => {
    const parsed = fetchRelaySchema.safeParse(
      JSON.parse((await readBody(incoming)).toString('utf8') || '{}'),
    );
    if (!parsed.success) return Response.json({ message: 'bad relay request' }, { status: 400 });
    const target = new URL(parsed.data.url);
    return withFailure(failures.hubspot, async () => {
      const reply = await hubspot.hubspotFetch(`${target.pathname}${target.search}`, {
        method: parsed.data.method,
        body: parsed.data.body,
        ...(parsed.data.timeout ? { timeout: parsed.data.timeout } : {}),
      });
      return new Response(await reply.arrayBuffer(), {
        status: reply.status,
        headers: { 'content-type': reply.headers.get('content-type') ?? 'application/json' },
      });
    });
  };

  const contactProperties = (id: string, names: string | null): Response => {
    const contact = hubspot.world.contacts.get(id);
    if (!contact) return Response.json({ message: 'No such contact' }, { status: 404 });
    const wanted = names === null || names === '*' ? null : new Set(names.split(','));
    return Response.json(
      Object.fromEntries(
        Object.entries(contact.properties).filter(([name]) => wanted === null || wanted.has(name)),
      ),
    );
  };

  const contacts = (): Response =>
    Response.json(
      [...hubspot.world.contacts.values()].map((contact) => ({
        id: contact.id,
        name: `${contact.properties['firstname'] ?? ''} ${contact.properties['lastname'] ?? ''}`.trim(),
        currency: contact.properties['tactful_currency'] ?? null,
      })),
    );

  const route = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const method = incoming.method ?? 'GET';
    const page = (html: string) => sendText(outgoing, 200, 'text/html; charset=utf-8', html);
    if (method === 'GET' && url.pathname === '/') return page(homePage(config));
    if (url.pathname === '/favicon.ico') {
      outgoing.writeHead(204);
      outgoing.end();
      return;
    }
    if (method === 'GET' && url.pathname === '/zendesk') return page(zendeskTicketPage(config));
    if (method === 'GET' && url.pathname === '/zendesk/outcomes') {
      return page(zendeskOutcomesPage(config));
    }
    if (method === 'GET' && url.pathname === '/hubspot') return page(hubspotContactPage(config));
    if (method === 'GET' && url.pathname === '/hubspot/outcomes') {
      return page(hubspotOutcomesPage(config));
    }
    const bundle = /^\/bundles\/([a-z-]+)\.js$/.exec(url.pathname)?.[1];
    const script = bundle === undefined ? undefined : scripts.get(bundle);
    if (method === 'GET' && script !== undefined) {
      return sendText(outgoing, 200, 'text/javascript; charset=utf-8', script);
    }
    if (url.pathname.startsWith('/zendesk-api/')) {
      const apiPath = `${url.pathname.slice('/zendesk-api'.length)}${url.search}`;
      return sendResponse(outgoing, await zendeskApi(incoming, apiPath));
    }
    if (method === 'POST' && url.pathname === '/hubspot-fetch') {
      return sendResponse(outgoing, await hubspotFetch(incoming));
    }
    if (method === 'GET' && url.pathname === '/hubspot-crm/contacts') {
      return sendResponse(outgoing, contacts());
    }
    const contact = /^\/hubspot-crm\/contacts\/(\d+)$/.exec(url.pathname)?.[1];
    if (method === 'GET' && contact) {
      return sendResponse(outgoing, contactProperties(contact, url.searchParams.get('properties')));
    }
    const failureHost = /^\/playground\/failure\/(zendesk|hubspot)$/.exec(url.pathname)?.[1];
    if (failureHost === 'zendesk' || failureHost === 'hubspot') {
      if (method === 'PUT') {
        const body = (await readBody(incoming)).toString('utf8');
        const parsed = z.object({ failure: hostFailureSchema }).safeParse(JSON.parse(body || '{}'));
        if (!parsed.success) {
          return sendResponse(
            outgoing,
            Response.json({ message: 'unknown failure' }, { status: 400 }),
          );
        }
        failures[failureHost] = parsed.data.failure;
      }
      return sendResponse(outgoing, Response.json({ failure: failures[failureHost] }));
    }
    sendText(outgoing, 404, 'text/plain', 'Not found');
  };

  const server = createServer((incoming, outgoing) => {
    route(incoming, outgoing).catch((error: unknown) => {
      if (!outgoing.headersSent) {
        sendText(outgoing, 500, 'text/plain', error instanceof Error ? error.message : 'error');
      } else outgoing.end();
    });
  });
  const port = await listen(server, options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    zendeskUrl: `${url}/zendesk`,
    hubspotUrl: `${url}/hubspot`,
    zendeskAppUrl,
    hubspotBackendUrl: hubspot.backendUrl,
    mockHubSpotUrl: hubspot.hubspotUrl,
    zendeskWorld,
    hubspot,
    failures,
    async close() {
      await Promise.all([close(server), close(appServer), hubspot.close()]);
    },
  };
}
