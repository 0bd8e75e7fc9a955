// primeableGets against real HTTP traffic served by msw: what the host API actually receives.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { createFetchHttpPort } from '../../cli/fetch-http-port';
import { server } from '../../../mocks/node';
import { primeableGets, primedReplyKeepMs } from './primed-gets';

const base = 'https://primed.example.test';
const userPath = '/api/v2/users/1.json';

function countingApi() {
  const seen: string[] = [];
  let served = 0;
  server.use(
    http.all(`${base}/*`, ({ request }) => {
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      served += 1;
      return HttpResponse.json({ path: new URL(request.url).pathname, served });
    }),
  );
  return seen;
}

/** A clock the test moves by hand. */
function handClock() {
  let now = Date.parse('2026-11-25T15:00:00Z');
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('primeableGets', () => {
  it('answers a panel that reads a primed record with the primed reply, one request in all', async () => {
    const seen = countingApi();
    const port = primeableGets(createFetchHttpPort({ baseUrl: base }), handClock());
    port.prime(userPath, 2);
    port.prime(userPath, 2);
    const first = await port.request({ method: 'GET', path: userPath });
    const second = await port.request({ method: 'GET', path: userPath });
    expect(seen).toEqual([`GET ${userPath}`]);
    expect(first).toMatchObject({ ok: true, value: { body: { path: userPath, served: 1 } } });
    expect(second).toEqual(first);
    // Both opening readers were served: a third read (a panel's Retry) asks Zendesk again.
    const third = await port.request({ method: 'GET', path: userPath });
    expect(third).toMatchObject({ ok: true, value: { body: { served: 2 } } });
  });

  it('reads again once the primed reply is older than it may be kept', async () => {
    const seen = countingApi();
    const clock = handClock();
    const port = primeableGets(createFetchHttpPort({ baseUrl: base }), clock);
    port.prime(userPath, 2);
    await port.request({ method: 'GET', path: userPath });
    clock.advance(primedReplyKeepMs + 1);
    const later = await port.request({ method: 'GET', path: userPath });
    expect(later).toMatchObject({ ok: true, value: { body: { served: 2 } } });
    expect(seen).toHaveLength(2);
  });

  it('reads again after a write, which may have changed the record', async () => {
    const seen = countingApi();
    const port = primeableGets(createFetchHttpPort({ baseUrl: base }), handClock());
    port.prime(userPath, 2);
    await port.request({ method: 'GET', path: userPath });
    await port.request({ method: 'PUT', path: userPath, body: { user: { name: 'M' } } });
    const after = await port.request({ method: 'GET', path: userPath });
    expect(after).toMatchObject({ ok: true, value: { body: { served: 3 } } });
    expect(seen).toEqual([`GET ${userPath}`, `PUT ${userPath}`, `GET ${userPath}`]);
  });

  it('never shows a primed failure: the panel gets what its own request got', async () => {
    const seen = countingApi();
    server.use(
      http.get(
        `${base}${userPath}`,
        ({ request }) => {
          seen.push(`GET ${new URL(request.url).pathname} (503)`);
          return HttpResponse.json({}, { status: 503 });
        },
        { once: true },
      ),
    );
    const port = primeableGets(createFetchHttpPort({ baseUrl: base }), handClock());
    port.prime(userPath, 2);
    const read = await port.request({ method: 'GET', path: userPath });
    expect(read).toMatchObject({ ok: true, value: { body: { path: userPath } } });
    expect(seen).toEqual([`GET ${userPath} (503)`, `GET ${userPath}`]);
  });

  it('serves only plain reads of the primed path', async () => {
    const seen = countingApi();
    const port = primeableGets(createFetchHttpPort({ baseUrl: base }), handClock());
    port.prime(userPath, 2);
    await port.request({ method: 'GET', path: userPath });
    await port.request({ method: 'GET', path: userPath, headers: { Accept: 'application/json' } });
    await port.request({ method: 'GET', path: '/api/v2/users/2.json' });
    expect(seen).toEqual([`GET ${userPath}`, `GET ${userPath}`, 'GET /api/v2/users/2.json']);
  });
});
