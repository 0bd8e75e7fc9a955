// Graceful shutdown of the real service (scripts/start-hubspot-backend.ts in a child process): on
// SIGTERM it stops accepting connections, the request in flight still gets its full answer, the
// store is closed and the process exits 0.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { createHubSpotWorld, hubspotApiBase } from '../../mocks/hubspot';
import { startMockHubSpotServer, type MockHubSpotServer } from '../../mocks/hubspot/httpServer';
import { signRequestV3 } from '../../apps/hubspot/server/signature';
import { server } from '../../mocks/node';
import { clientId, clientSecret, startHarness } from './harness';
import { loopback } from './playground-per-file';

const root = join(__dirname, '..', '..');
const cleanups: Array<() => Promise<void> | void> = [];
// Everything here crosses real loopback sockets, past the suite's msw interception.
beforeEach(() => server.use(loopback()));
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A gate in front of the mock HubSpot: while `hold` is on, each request waits for `release()`, so
 * a card request can be caught in flight.
 */
async function startGate(target: MockHubSpotServer) {
  let hold = false;
  let held: Array<() => void> = [];
  let heldNotice: (() => void) | undefined;
  const server: Server = createHttpServer((incoming, outgoing) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      if (hold) {
        await new Promise<void>((resolve) => {
          held.push(resolve);
          heldNotice?.();
        });
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers))
        if (typeof value === 'string' && name !== 'host' && name !== 'connection')
          headers.set(name, value);
      const method = incoming.method ?? 'GET';
      const response = await fetch(`${target.url}${incoming.url ?? '/'}`, {
        method,
        headers,
        ...(method === 'GET' ? {} : { body: Buffer.concat(chunks) }),
      });
      outgoing.writeHead(response.status, { 'content-type': 'application/json' });
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holdFromNowOn: () => {
      hold = true;
    },
    /** Resolves once a request is being held. */
    heldOne: () =>
      new Promise<void>((resolve) => {
        if (held.length > 0) resolve();
        else heldNotice = resolve;
      }),
    release: () => {
      hold = false;
      for (const resume of held) resume();
      held = [];
    },
  };
}

/** Starts the service as production would, and collects its log lines. */
function startService(env: Record<string, string>) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/start-hubspot-backend.ts')],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: Array<Record<string, unknown>> = [];
  let stderr = '';
  const waiting: Array<() => void> = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const complete = buffer.split('\n');
    buffer = complete.pop() ?? '';
    for (const line of complete) {
      if (line.trim() === '') continue;
      lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    for (const wake of waiting.splice(0)) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const logged = async (event: string) => {
    for (;;) {
      const found = lines.find((line) => line.event === event);
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`service exited before '${event}': ${stderr}`);
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  return { child, lines, exited, logged, stderr: () => stderr };
}

/** True once nothing accepts connections on the port. */
async function refusesConnections(port: number): Promise<boolean> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, answers the request in flight, closes the store and exits 0', async () => {
    const world = createHubSpotWorld({ clientId, clientSecret });
    const mock = await startMockHubSpotServer(world);
    cleanups.push(() => mock.close());
    const gate = await startGate(mock);
    const folder = mkdtempSync(join(tmpdir(), 'tactful-shutdown-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));

    const service = startService({
      HUBSPOT_CLIENT_ID: clientId,
      HUBSPOT_CLIENT_SECRET: clientSecret,
      TACTFUL_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      TACTFUL_SQLITE_PATH: join(folder, 'tactful.sqlite'),
      HUBSPOT_API_BASE_URL: gate.url,
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'test',
    });
    const address = String((await service.logged('listening')).address);
    const port = Number(new URL(address).port);

    // Installed through the OAuth flow, as an admin would.
    const link = await fetch(`${address}/oauth/install`, { redirect: 'manual' });
    const state = new URL(String(link.headers.get('location'))).searchParams.get('state') ?? '';
    const cookie = (link.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const installed = await fetch(
      `${address}/oauth/callback?code=good-code&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(installed.status).toBe(200);

    // A card request caught in flight, waiting on HubSpot.
    gate.holdFromNowOn();
    const path = `/api/contacts/503/collections?portalId=${world.portalId}&userId=3001`;
    const timestamp = String(Date.now());
    const inFlight = fetch(`${address}${path}`, {
      headers: {
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3': signRequestV3(
          { method: 'GET', url: `${address}${path}`, body: '', timestamp },
          clientSecret,
        ),
      },
    });
    await gate.heldOne();

    service.child.kill('SIGTERM');
    await service.logged('shutdown.started');
    expect(await refusesConnections(port)).toBe(true);
    // The drain waits for the request: the service has not finished while HubSpot holds it.
    expect(service.lines.some((line) => line.event === 'shutdown.done')).toBe(false);

    gate.release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ contactId: '503' });
    expect(await service.exited).toBe(0);
    expect(service.lines.map((line) => line.event)).toEqual(
      expect.arrayContaining(['shutdown.started', 'shutdown.done']),
    );
    expect(service.lines.filter((line) => line.level === 'error')).toEqual([]);
  }, 60_000);
});

describe('while draining', () => {
  /** A backend with a card request held at HubSpot and its close begun; `release` lets it finish. */
  async function drainingBackend() {
    const h = await startHarness();
    expect((await h.install()).status).toBe(200);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = () => {};
    const atHubSpot = new Promise<void>((resolve) => (arrived = resolve));
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        async () => {
          arrived();
          await held;
          return passthrough();
        },
        { once: true },
      ),
    );
    const inFlight = h.call('GET', '/api/contacts/503/collections');
    await atHubSpot;
    const closing = h.backend.close();
    const finish = async () => {
      release();
      await inFlight;
      await closing;
    };
    return { h, inFlight, finish };
  }

  // An injected request does not hold Fastify's close, so each case sends one request while draining.
  it('refuses a new card request with 503 in our shape, Retry-After and Connection: close', async () => {
    const { h, inFlight, finish } = await drainingBackend();
    const refused = await h.backend.app.inject({ method: 'GET', url: '/api/settings' });
    expect(refused.statusCode).toBe(503);
    expect(apiErrorReplySchema.parse(JSON.parse(refused.body)).error.message).toMatch(
      /shutting down/,
    );
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers.connection).toBe('close');
    await finish();
    expect((await inFlight).status).toBe(200);
  });

  it('fails readiness', async () => {
    const { h, finish } = await drainingBackend();
    expect((await h.backend.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    await finish();
  });
});
