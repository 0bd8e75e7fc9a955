// What instances on one PostgreSQL share besides the store's rows: HubSpot's burst limit per portal
// and the token refresh. Each test stands up two "instances" against the same database.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomBytes, randomInt } from 'node:crypto';
import { createPostgresCoordination } from '../../apps/hubspot/server/coordination/postgresCoordination';
import type { Coordination } from '../../apps/hubspot/server/coordination/coordination';
import { silentLogger } from '../../apps/hubspot/server/logger';
import { createServer, type TactfulBackend } from '../../apps/hubspot/server/server';
import { signRequestV3 } from '../../apps/hubspot/server/signature';
import { createHubSpotHandlers, createHubSpotWorld } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { clientId, clientSecret, publicBaseUrl, startInstall } from './harness';
import { describeWithPostgres, requireDatabaseUrl } from './postgres';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// Portal ids of their own, so runs sharing the test database never meet.
const nextPortal = (() => {
  let portal = 100_000_000 + randomInt(800_000_000);
  return () => (portal += 1);
})();

describeWithPostgres('the burst limiter on PostgreSQL', () => {
  let instances: Coordination[] = [];
  beforeAll(async () => {
    const open = () =>
      createPostgresCoordination(requireDatabaseUrl(), {
        limit: 5,
        // Long enough that no slot frees up during the test, however slow the machine.
        windowMs: 60_000,
        now: () => Date.now(),
        sleep,
        logger: silentLogger,
      });
    instances = [await open(), await open()];
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
  });

  it('lets through exactly the limit, counted over both instances, and says how long to wait', async () => {
    const portalId = nextPortal();
    const other = nextPortal();
    const at = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        instances[i % 2]!.limiter.acquire(portalId, at /* no waiting */),
      ),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(5);
    for (const answer of answers.filter((a) => !a.ok))
      expect(answer).toEqual({ ok: false, waitMs: expect.any(Number) });
    const waits = answers.flatMap((answer) => (answer.ok ? [] : [answer.waitMs]));
    expect(Math.min(...waits)).toBeGreaterThan(50_000);
    // Another portal has its own slots.
    expect(await instances[1]!.limiter.acquire(other, Date.now())).toEqual({ ok: true });
  });

  it('lets one instance at a time hold a portal refresh lock', async () => {
    const portalId = nextPortal();
    const [a, b] = [instances[0]!, instances[1]!];
    const release = await a.refreshLock.tryAcquire(portalId);
    expect(release).toBeDefined();
    expect(await b.refreshLock.tryAcquire(portalId)).toBeUndefined();
    const another = await a.refreshLock.tryAcquire(portalId + 1);
    expect(another).toBeDefined();
    await another?.();
    await release?.();
    const again = await b.refreshLock.tryAcquire(portalId);
    expect(again).toBeDefined();
    await again?.();
  });
});

describeWithPostgres('two instances with a token due for refresh', () => {
  let offset = 0;
  const now = () => Date.now() + offset;
  const world = createHubSpotWorld({ clientId, clientSecret, now });
  world.portalId = nextPortal();
  let backends: TactfulBackend[] = [];
  beforeAll(async () => {
    server.use(...createHubSpotHandlers(world));
    const encryptionKey = randomBytes(32);
    const start = () =>
      createServer({
        clientId,
        clientSecret,
        encryptionKey,
        publicBaseUrl,
        databaseUrl: requireDatabaseUrl(),
        logger: silentLogger,
        now,
      });
    backends = [await start(), await start()];
    const link = await startInstall(backends[0]!);
    const callback = await backends[0]!.app.inject({
      method: 'GET',
      url: `/oauth/callback?code=good-code&state=${encodeURIComponent(link.state)}`,
      headers: { cookie: link.cookie },
    });
    expect(callback.statusCode).toBe(200);
  });
  afterAll(async () => {
    await Promise.all(backends.map((backend) => backend.close()));
  });

  const cardRequest = (backend: TactfulBackend, n: number) => {
    const url = `/api/contacts/503/collections?userId=3001&portalId=${world.portalId}&n=${n}`;
    const timestamp = String(now());
    return backend.app.inject({
      method: 'GET',
      url,
      headers: {
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3': signRequestV3(
          { method: 'GET', url: `${publicBaseUrl}${url}`, body: '', timestamp },
          clientSecret,
        ),
      },
    });
  };

  it('refreshes it once: the other instance waits for the token the first one stored', async () => {
    const tokenCalls = () => world.requests.filter((r) => r === 'POST /oauth/v1/token').length;
    const before = tokenCalls();
    // 4 minutes left of the 30-minute token: inside the 5 minutes in which it is refreshed.
    offset = 26 * 60 * 1000;
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, n) => cardRequest(backends[n % 2]!, n)),
    );
    expect(replies.map((reply) => reply.statusCode)).toEqual(Array(8).fill(200));
    expect(tokenCalls() - before).toBe(1);
  });
});
