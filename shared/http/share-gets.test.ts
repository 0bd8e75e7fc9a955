// shareInFlightGets against real HTTP traffic served by msw: what the host API actually receives.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { server } from '../../mocks/node';
import { shareInFlightGets } from './share-gets';

const base = 'https://share.example.test';

function countingApi() {
  const seen: string[] = [];
  server.use(
    http.all(`${base}/*`, async ({ request }) => {
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return HttpResponse.json({ path: new URL(request.url).pathname });
    }),
  );
  return seen;
}

describe('shareInFlightGets', () => {
  it('sends one request when two panels read the same record at once, and both get it', async () => {
    const seen = countingApi();
    const port = shareInFlightGets(createFetchHttpPort({ baseUrl: base }));
    const [first, second] = await Promise.all([
      port.request({ method: 'GET', path: '/api/v2/users/1.json' }),
      port.request({ method: 'GET', path: '/api/v2/users/1.json' }),
    ]);
    expect(seen).toEqual(['GET /api/v2/users/1.json']);
    expect(first).toMatchObject({ ok: true, value: { body: { path: '/api/v2/users/1.json' } } });
    expect(second).toEqual(first);
  });

  it('reads again once the first reply has arrived (nothing is cached)', async () => {
    const seen = countingApi();
    const port = shareInFlightGets(createFetchHttpPort({ baseUrl: base }));
    await port.request({ method: 'GET', path: '/api/v2/users/1.json' });
    await port.request({ method: 'GET', path: '/api/v2/users/1.json' });
    expect(seen).toHaveLength(2);
  });

  it('lets a retry after a shared failure go to the network, so one failure is not remembered', async () => {
    const seen = countingApi();
    server.use(
      http.get(
        `${base}/api/v2/users/1.json`,
        async ({ request }) => {
          seen.push(`GET ${new URL(request.url).pathname} (503)`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return HttpResponse.json({}, { status: 503 });
        },
        { once: true },
      ),
    );
    const port = shareInFlightGets(createFetchHttpPort({ baseUrl: base }));
    const [first, second] = await Promise.all([
      port.request({ method: 'GET', path: '/api/v2/users/1.json' }),
      port.request({ method: 'GET', path: '/api/v2/users/1.json' }),
    ]);
    expect(first).toMatchObject({ ok: false, error: { status: 503 } });
    expect(second).toEqual(first);
    const retried = await port.request({ method: 'GET', path: '/api/v2/users/1.json' });
    expect(retried).toMatchObject({ ok: true, value: { body: { path: '/api/v2/users/1.json' } } });
    expect(seen).toEqual(['GET /api/v2/users/1.json (503)', 'GET /api/v2/users/1.json']);
  });

  it('never shares writes, or reads of different records', async () => {
    const seen = countingApi();
    const port = shareInFlightGets(createFetchHttpPort({ baseUrl: base }));
    await Promise.all([
      port.request({ method: 'PUT', path: '/api/v2/users/1.json', body: { a: 1 } }),
      port.request({ method: 'PUT', path: '/api/v2/users/1.json', body: { a: 1 } }),
      port.request({ method: 'GET', path: '/api/v2/users/1.json' }),
      port.request({ method: 'GET', path: '/api/v2/users/2.json' }),
    ]);
    expect([...seen].sort()).toEqual([
      'GET /api/v2/users/1.json',
      'GET /api/v2/users/2.json',
      'PUT /api/v2/users/1.json',
      'PUT /api/v2/users/1.json',
    ]);
  });
});
