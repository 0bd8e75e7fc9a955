/**
 * Test harness for the HubSpot backend: a fresh mock HubSpot portal served by msw (so
 * `@hubspot/api-client` really sends HTTP requests), a backend on in-memory SQLite, a movable clock,
 * captured logs, and a `call` that sends a card request as it reaches us: the card's `portalId` and
 * `userId` in the URL, what HubSpot may add (`appId`, `userEmail`), signed with v3.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect } from '@jest/globals';
import { createHubSpotHandlers, createHubSpotWorld, type HubSpotWorld } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { createJsonLogger } from '../../apps/hubspot/server/logger';
import {
  createServer,
  type ServerOptions,
  type TactfulBackend,
} from '../../apps/hubspot/server/server';
import { signRequestV3 } from '../../apps/hubspot/server/signature';

export const clientId = 'test-client-id';
export const clientSecret = 'test-client-secret';
export const publicBaseUrl = 'https://tactful.test';
/**
 * An agent's email in the URL (HubSpot is not documented to append one, but the legacy CRM cards
 * did): personal data that must never reach the logs.
 */
export const agentEmail = 'agent.smith@example.com';

/** A started backend with its mock portal. */
export interface Harness {
  backend: TactfulBackend;
  world: HubSpotWorld;
  logs: string[];
  /** Every wait the backend asked for (ms), e.g. Retry-After honoured. */
  sleeps: number[];
  advance(ms: number): void;
  now(): number;
  /** Runs the OAuth install (install link → callback) and returns the callback's reply. */
  install(): Promise<{ status: number; body: unknown }>;
  /** Sends a signed card request; `tamper` changes it after signing. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options?: {
      body?: unknown;
      query?: Record<string, string>;
      timestampOffsetMs?: number;
      tamper?: 'body' | 'path' | 'signature' | 'no-signature';
      headers?: Record<string, string>;
    },
  ): Promise<{
    status: number;
    body: unknown;
    headers: Record<string, string | string[] | number | undefined>;
    signature: string;
    send(): Promise<{ status: number; body: unknown }>;
  }>;
  close(): Promise<void>;
}

/** The browser's side of `/oauth/install`: the state in the redirect and the cookie set with it. */
export async function startInstall(
  backend: TactfulBackend,
): Promise<{ state: string; cookie: string; setCookie: string; location: string }> {
  const link = await backend.app.inject({ method: 'GET', url: '/oauth/install' });
  const location = String(link.headers.location);
  const header = link.headers['set-cookie'];
  const setCookie = (Array.isArray(header) ? header[0] : header) ?? '';
  return {
    location,
    state: new URL(location).searchParams.get('state') ?? '',
    // What the browser sends back: the name=value part only.
    cookie: setCookie.split(';')[0] ?? '',
    setCookie,
  };
}

/** Starts a backend against a fresh mock portal. */
export async function startHarness(
  overrides: Partial<ServerOptions> = {},
  harnessOptions: { frozenClock?: boolean } = {},
): Promise<Harness> {
  let offset = 0;
  // A frozen clock moves only with advance(): tests that assert time-derived figures (Retry-After)
  // must not depend on how fast a shared CI machine runs them.
  const frozenAt = Date.now();
  const now = harnessOptions.frozenClock ? () => frozenAt + offset : () => Date.now() + offset;
  const world = createHubSpotWorld({ clientId, clientSecret, now });
  server.use(...createHubSpotHandlers(world));
  const logs: string[] = [];
  const sleeps: number[] = [];
  const backend = await createServer({
    clientId,
    clientSecret,
    encryptionKey: randomBytes(32),
    publicBaseUrl,
    // Suites send hundreds of requests for one portal in a minute (the fuzzing, 1,000 a boundary):
    // the per-portal quota is lifted unless a test sets one (tests/server/portal-quota.test.ts).
    portalRequestsPerMinute: 1_000_000,
    logger: createJsonLogger((line) => logs.push(line), now),
    now,
    sleep: async (ms) => {
      sleeps.push(ms);
      // Waits are recorded, not served in full: tests check what was honoured, never how long it took.
      await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));
    },
    ...overrides,
  });

  const inject = async (request: {
    method: string;
    url: string;
    headers?: Record<string, string>;
    payload?: string;
  }) => {
    const response = await backend.app.inject({
      method: request.method as 'GET',
      url: request.url,
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    return {
      status: response.statusCode,
      body: response.body === '' ? undefined : (JSON.parse(response.body) as unknown),
      headers: response.headers,
    };
  };

  return {
    backend,
    world,
    logs,
    sleeps,
    advance: (ms) => {
      offset += ms;
    },
    now,
    async install() {
      const link = await startInstall(backend);
      const callback = await inject({
        method: 'GET',
        url: `/oauth/callback?code=good-code&state=${encodeURIComponent(link.state)}`,
        headers: { cookie: link.cookie },
      });
      return { status: callback.status, body: callback.body };
    },
    async call(method, path, options = {}) {
      const query = new URLSearchParams({
        userId: '3001',
        portalId: String(world.portalId),
        userEmail: agentEmail,
        appId: '4242',
        ...options.query,
      });
      const url = `${path}${path.includes('?') ? '&' : '?'}${query.toString()}`;
      const body = options.body === undefined ? '' : JSON.stringify(options.body);
      const timestamp = String(now() + (options.timestampOffsetMs ?? 0));
      const signature = signRequestV3(
        { method, url: `${publicBaseUrl}${url}`, body, timestamp },
        clientSecret,
      );
      const headers: Record<string, string> = {
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3':
          options.tamper === 'signature' ? `${signature.slice(0, -4)}AAA=` : signature,
        ...(body === '' ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      };
      if (options.tamper === 'no-signature') delete headers['x-hubspot-signature-v3'];
      const payload = options.tamper === 'body' ? body.replace(/\d/, '9') : body;
      const sentUrl = options.tamper === 'path' ? url.replace(/\/(\d+)\//, '/$19/') : url;
      const send = () =>
        inject({ method, url: sentUrl, headers, ...(payload === '' ? {} : { payload }) });
      const first = await send();
      return { status: first.status, body: first.body, headers: first.headers, signature, send };
    },
    close: () => backend.close(),
  };
}

/**
 * A fresh backend before each test of the enclosing block, installed through OAuth (the install
 * must succeed), and closed after the test; `use` receives each test's harness.
 */
export function installedHarnessEachTest(
  use: (harness: Harness) => void,
  overrides: Partial<ServerOptions> = {},
): void {
  let current: Harness | undefined;
  beforeEach(async () => {
    current = await startHarness(overrides);
    expect((await current.install()).status).toBe(200);
    use(current);
  });
  afterEach(async () => {
    await current?.close();
  });
}

/**
 * Posts `body` (JSON) to the webhook URL (plus `query`) signed as HubSpot signs webhooks, with the
 * app's secret; returns the status and the parsed reply body.
 */
export async function postWebhook(
  harness: Harness,
  body: unknown,
  query = '',
): Promise<{ status: number; body: unknown }> {
  const text = JSON.stringify(body);
  const timestamp = String(harness.now());
  const url = `/webhooks/hubspot${query}`;
  const reply = await harness.backend.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/json',
      'x-hubspot-request-timestamp': timestamp,
      'x-hubspot-signature-v3': signRequestV3(
        { method: 'POST', url: `${publicBaseUrl}${url}`, body: text, timestamp },
        clientSecret,
      ),
    },
    payload: text,
  });
  return {
    status: reply.statusCode,
    body: reply.body === '' ? undefined : (JSON.parse(reply.body) as unknown),
  };
}

/** Posts HubSpot's signed `app.uninstall` webhook for the harness portal (app 4242). */
export function postUninstall(harness: Harness): Promise<{ status: number; body: unknown }> {
  return postWebhook(harness, [
    {
      eventId: 1001,
      portalId: harness.world.portalId,
      appId: 4242,
      occurredAt: harness.now(),
      subscriptionType: 'app.uninstall',
    },
  ]);
}

/** Sets the `dispute` flag on contact 506 from the card, as the customer's, since 2026-11-25. */
export function setDisputeFlag(
  harness: Harness,
  idempotencyKey: string,
): Promise<{ status: number; body: unknown }> {
  return harness.call('PUT', '/api/contacts/506/flags/dispute', {
    body: {
      set: true,
      since: '2026-11-25',
      source: 'customer',
      reason: 'Disputes the late fee',
      idempotencyKey,
    },
  });
}
