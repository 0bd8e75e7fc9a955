// Liveness and readiness: /healthz answers while the process runs; /readyz only while the store
// answers (an orchestrator stops sending traffic to an instance whose database it cannot reach).
import { afterEach, describe, expect, it } from '@jest/globals';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { createPostgresStore } from '../../apps/hubspot/server/store/postgresStore';
import { describeWithPostgres, requireDatabaseUrl } from './postgres';
import { startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = undefined;
});

const get = async (harness: Harness, url: string) => {
  const reply = await harness.backend.app.inject({ method: 'GET', url });
  return { status: reply.statusCode, body: JSON.parse(reply.body) as unknown };
};

describe('health and readiness', () => {
  it('is live and ready on a working store', async () => {
    h = await startHarness();
    expect(await get(h, '/healthz')).toEqual({ status: 200, body: { ok: true, store: 'sqlite' } });
    expect(await get(h, '/readyz')).toEqual({ status: 200, body: { ok: true, store: 'sqlite' } });
  });

  it('is not ready (503, our error shape) when PostgreSQL cannot be reached, though still live', async () => {
    // Nothing listens on port 1: every connection is refused.
    const store = createPostgresStore('postgres://nobody:nothing@127.0.0.1:1/none', {
      logger: { info() {}, warn() {}, error() {} },
    });
    h = await startHarness({ store });
    const ready = await get(h, '/readyz');
    expect(ready.status).toBe(503);
    expect(apiErrorReplySchema.parse(ready.body).error.message).toBe(
      'The store cannot be reached.',
    );
    expect((await get(h, '/healthz')).status).toBe(200);
  });

  it('is not ready once its SQLite store is closed', async () => {
    h = await startHarness();
    await h.backend.store.close();
    expect((await get(h, '/readyz')).status).toBe(503);
  });
});

describeWithPostgres('readiness on PostgreSQL', () => {
  it('is ready while the database answers', async () => {
    const store = createPostgresStore(requireDatabaseUrl());
    await store.migrate();
    h = await startHarness({ store });
    expect(await get(h, '/readyz')).toEqual({ status: 200, body: { ok: true, store: 'postgres' } });
    await h.close();
    h = undefined;
    await store.close();
  });
});
