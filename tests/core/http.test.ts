// The retry and pagination helpers against real HTTP traffic served by msw.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { fetchAllPages, requestWithRetry, retrying } from '../../shared/http';
import {
  withZendeskCursor,
  zendeskCursorFields,
  zendeskNextPath,
} from '../../apps/zendesk/host/zendesk-cursor';
import { server } from '../../mocks/node';

const base = 'https://retry.example.test';
const port = createFetchHttpPort({ baseUrl: base });

/** Serves `method` on `path` with `answer(n)` for the n-th request (from 1); reads how many came. */
function serveCounting(method: 'get' | 'post', path: string, answer: (call: number) => Response) {
  let calls = 0;
  server.use(http[method](`${base}${path}`, () => answer((calls += 1))));
  return () => calls;
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('requestWithRetry', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    serveCounting('get', '/thing', (call) =>
      call === 1
        ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } })
        : HttpResponse.json({ done: true }),
    );
    const { waits, sleep } = recordingSleep();
    const result = await requestWithRetry(port, { method: 'GET', path: '/thing' }, { sleep });
    expect(result).toMatchObject({ ok: true, value: { body: { done: true } } });
    expect(waits).toEqual([7000]);
  });

  it('gives up after a bounded number of 5xx and reports the last error', async () => {
    const calls = serveCounting('get', '/down', () => new HttpResponse(null, { status: 503 }));
    const { waits, sleep } = recordingSleep();
    const result = await requestWithRetry(
      port,
      { method: 'GET', path: '/down' },
      { sleep, maxAttempts: 3 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'server-error', status: 503 } });
    expect(calls()).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  it('never repeats a POST without an idempotency key after a 500', async () => {
    const calls = serveCounting('post', '/records', () => new HttpResponse(null, { status: 500 }));
    const { sleep } = recordingSleep();
    await requestWithRetry(port, { method: 'POST', path: '/records', body: {} }, { sleep });
    expect(calls()).toBe(1);
  });

  it('repeats a POST that carries an idempotency key', async () => {
    const calls = serveCounting('post', '/records', (call) =>
      call < 2 ? new HttpResponse(null, { status: 502 }) : HttpResponse.json({ id: 1 }),
    );
    const { sleep } = recordingSleep();
    const result = await requestWithRetry(
      port,
      { method: 'POST', path: '/records', body: {}, headers: { 'Idempotency-Key': 'k1' } },
      { sleep },
    );
    expect(result.ok).toBe(true);
    expect(calls()).toBe(2);
  });

  it('does not wait out an unreasonably long Retry-After', async () => {
    server.use(
      http.get(
        `${base}/slow`,
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3600' } }),
      ),
    );
    const { waits, sleep } = recordingSleep();
    const result = await requestWithRetry(port, { method: 'GET', path: '/slow' }, { sleep });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', retryAfterSeconds: 3600 },
    });
    expect(waits).toEqual([]);
  });
});

describe('retrying, the one loop every caller goes through', () => {
  const failure = (code: string, retryAfterSeconds?: number) => ({
    ok: false as const,
    error: { code, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
  });

  it('honours a Retry-After on a 5xx too, and backs off without one', async () => {
    const replies = [
      failure('server-error', 2),
      failure('server-error'),
      { ok: true as const, value: 1 },
    ];
    const { waits, sleep } = recordingSleep();
    const result = await retrying(async (n) => replies[n - 1] ?? failure('bad-request'), {
      sleep,
      safeToRepeat: true,
    });
    expect(result).toEqual({ ok: true, value: 1 });
    expect(waits).toEqual([2000, 500]);
  });

  it('stops when the caller refuses the wait (a deadline) and returns the last failure', async () => {
    let calls = 0;
    const { waits, sleep } = recordingSleep();
    const result = await retrying(
      async () => {
        calls += 1;
        return failure('rate-limited', 3);
      },
      { sleep, safeToRepeat: false, mayWait: (ms) => ms < 1000 },
    );
    expect(result).toEqual(failure('rate-limited', 3));
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('never retries a code it does not know to be transient', async () => {
    let calls = 0;
    const { sleep } = recordingSleep();
    await retrying(
      async () => {
        calls += 1;
        return failure('final');
      },
      { sleep, safeToRepeat: true },
    );
    expect(calls).toBe(1);
  });
});

describe('Zendesk cursor pagination', () => {
  const schema = z.object({ items: z.array(z.number()), ...zendeskCursorFields });

  it('follows links.next until has_more is false', async () => {
    server.use(
      http.get(`${base}/api/v2/items.json`, ({ request }) => {
        const after = new URL(request.url).searchParams.get('page[after]');
        if (after === null) {
          return HttpResponse.json({
            items: [1, 2],
            meta: { has_more: true },
            links: { next: `${base}/api/v2/items.json?page[size]=100&page[after]=c1` },
          });
        }
        return HttpResponse.json({ items: [3], meta: { has_more: false }, links: { next: null } });
      }),
    );
    const { sleep } = recordingSleep();
    const result = await fetchAllPages(
      port,
      withZendeskCursor('/api/v2/items.json'),
      schema,
      zendeskNextPath,
      { sleep },
    );
    expect(result.ok && result.value.flatMap((page) => page.items)).toEqual([1, 2, 3]);
  });

  it('turns a reply of the wrong shape into a malformed-reply error', async () => {
    server.use(http.get(`${base}/api/v2/items.json`, () => HttpResponse.json({ items: 'nope' })));
    const { sleep } = recordingSleep();
    const result = await fetchAllPages(port, '/api/v2/items.json', schema, zendeskNextPath, {
      sleep,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'malformed-reply' } });
  });

  it('turns truncated JSON into a malformed-reply error', async () => {
    server.use(
      http.get(
        `${base}/api/v2/items.json`,
        () =>
          new HttpResponse('{"items": [1, 2', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const result = await port.request({ method: 'GET', path: '/api/v2/items.json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'malformed-reply' } });
  });
});

describe('pagination links stay on the origin of the first request', () => {
  const origin = 'https://acme.zendesk.com';
  const schema = z.object({ items: z.array(z.number()), ...zendeskCursorFields });
  const tokenPort = createFetchHttpPort({
    baseUrl: origin,
    headers: { authorization: 'Basic c2VjcmV0' },
  });

  /** Serves a first page linking to `next`, answers any second page, and records who was asked. */
  function listingLinkingTo(next: string) {
    const asked: string[] = [];
    const record = ({ request }: { request: Request }) => {
      asked.push(`${request.url} ${request.headers.get('authorization') ?? ''}`);
      const after = new URL(request.url).searchParams.get('page[after]');
      return HttpResponse.json(
        after === null
          ? { items: [1], meta: { has_more: true }, links: { next } }
          : { items: [2], meta: { has_more: false }, links: { next: null } },
      );
    };
    server.use(
      http.get(`${origin}/*`, record),
      http.get('https://evil.example/*', record),
      http.get('http://acme.zendesk.com/*', record),
      http.get('https://acme.zendesk.com:8443/*', record),
    );
    return asked;
  }

  /** Lists every page from a first page whose next link is `next`: what was asked, and the result. */
  async function listAllFromFirstPageLinkingTo(next: string) {
    const asked = listingLinkingTo(next);
    const { sleep } = recordingSleep();
    const result = await fetchAllPages(
      tokenPort,
      '/api/v2/items.json?page[size]=100',
      schema,
      zendeskNextPath,
      { sleep, origin },
    );
    return { asked, result };
  }

  it.each([
    ['a doubled slash after the host', `${origin}//evil.example/api/v2/items.json?page[after]=c1`],
    ['a protocol-relative link', '//evil.example/api/v2/items.json?page[after]=c1'],
    ['another host', 'https://evil.example/api/v2/items.json?page[after]=c1'],
    ['another scheme', 'http://acme.zendesk.com/api/v2/items.json?page[after]=c1'],
    ['another port', 'https://acme.zendesk.com:8443/api/v2/items.json?page[after]=c1'],
    ['another endpoint', `${origin}/api/v2/users/me.json?page[after]=c1`],
    ['user info naming another host', `${origin}@evil.example/api/v2/items.json?page[after]=c1`],
    ['a backslash for a slash', '/\\evil.example/api/v2/items.json?page[after]=c1'],
  ])('refuses %s as an error and never requests it', async (_, next) => {
    const { asked, result } = await listAllFromFirstPageLinkingTo(next);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'malformed-reply', message: expect.stringMatching(/not followed/) },
    });
    expect(asked).toEqual([`${origin}/api/v2/items.json?page[size]=100 Basic c2VjcmV0`]);
  });

  it.each([
    ['an absolute link on the same origin', `${origin}/api/v2/items.json?page[after]=c1`],
    ['a path', '/api/v2/items.json?page[after]=c1'],
    ['a query alone', '?page[after]=c1'],
  ])('follows %s', async (_, next) => {
    const { asked, result } = await listAllFromFirstPageLinkingTo(next);
    expect(result.ok && result.value.flatMap((page) => page.items)).toEqual([1, 2]);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatch(
      /^https:\/\/acme\.zendesk\.com\/api\/v2\/items\.json\?page\[after\]=c1 /,
    );
  });
});
