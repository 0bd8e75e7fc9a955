// The backend client against a backend served by msw: typed failures for every way a call can go
// wrong, and replies parsed with the caller's schema.
import { describe, expect, it } from '@jest/globals';
import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '../../../../mocks/node';
import { createBackendClient } from './backend-client';
import { createFetchTransport } from './fetch-transport';

const base = 'https://backend.tactful.test';
const client = (timeoutMs?: number) =>
  createBackendClient({ baseUrl: `${base}/`, transport: createFetchTransport(), timeoutMs });
const greeting = z.object({ hello: z.string() });

describe('backend client', () => {
  it('sends the query and JSON body and parses the reply', async () => {
    server.use(
      http.post(`${base}/api/echo`, async ({ request }) => {
        const url = new URL(request.url);
        const body = z.object({ name: z.string() }).parse(await request.json());
        return HttpResponse.json({ hello: `${body.name} ${url.searchParams.get('page')}` });
      }),
    );
    const reply = await client().request(
      {
        method: 'POST',
        path: '/api/echo',
        query: { page: 2, skip: undefined },
        body: { name: 'Ana' },
      },
      greeting,
    );
    expect(reply).toEqual({ ok: true, value: { hello: 'Ana 2' } });
  });

  it('calls a reply of the wrong shape malformed, naming the field', async () => {
    server.use(http.get(`${base}/api/hi`, () => HttpResponse.json({ hello: 3 })));
    const reply = await client().request({ path: '/api/hi' }, greeting);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('malformed-reply');
    expect(!reply.ok && reply.error.message).toContain('hello');
  });

  it('calls a reply that is not JSON malformed', async () => {
    server.use(http.get(`${base}/api/hi`, () => HttpResponse.text('<html>oops</html>')));
    const reply = await client().request({ path: '/api/hi' }, greeting);
    expect(!reply.ok && reply.error.code).toBe('malformed-reply');
  });

  it('reads the contract error envelope, with its retry hint', async () => {
    server.use(
      http.get(`${base}/api/hi`, () =>
        HttpResponse.json(
          { error: { code: 'rate-limited', message: 'Slow down', retryAfterSeconds: 7 } },
          { status: 429 },
        ),
      ),
    );
    const reply = await client().request({ path: '/api/hi' }, greeting);
    expect(!reply.ok && reply.error).toEqual({
      code: 'rate-limited',
      status: 429,
      message: 'Slow down',
      retryAfterSeconds: 7,
    });
  });

  it("tells HubSpot's daily limit apart from a burst limit", async () => {
    server.use(
      http.get(`${base}/api/daily`, () =>
        HttpResponse.json(
          { error: { code: 'daily-limit-reached', message: 'Daily' } },
          { status: 429 },
        ),
      ),
      http.get(`${base}/api/burst`, () =>
        HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '2' } }),
      ),
    );
    const daily = await client().request({ path: '/api/daily' }, greeting);
    const burst = await client().request({ path: '/api/burst' }, greeting);
    expect(!daily.ok && daily.error.code).toBe('daily-limit');
    expect(!burst.ok && burst.error).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 2 });
  });

  it('reads an HTTP-date Retry-After against its clock', async () => {
    server.use(
      http.get(`${base}/api/busy`, () =>
        HttpResponse.json(
          {},
          { status: 503, headers: { 'Retry-After': 'Fri, 27 Nov 2026 13:01:30 GMT' } },
        ),
      ),
    );
    const clocked = createBackendClient({
      baseUrl: base,
      transport: createFetchTransport(),
      now: () => Date.UTC(2026, 10, 27, 13, 0, 0),
    });
    const reply = await clocked.request({ path: '/api/busy' }, greeting);
    expect(!reply.ok && reply.error).toMatchObject({ code: 'server-error', retryAfterSeconds: 90 });
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [422, 'bad-request'],
    [500, 'server-error'],
    [504, 'timeout'],
  ])('maps %i without an envelope as shared/http does, to %s', async (status, code) => {
    server.use(http.get(`${base}/api/hi`, () => new HttpResponse(null, { status })));
    const reply = await client().request({ path: '/api/hi' }, greeting);
    expect(!reply.ok && reply.error).toMatchObject({ code, status });
  });

  it('maps 401 without an envelope to unauthorized', async () => {
    server.use(http.get(`${base}/api/hi`, () => new HttpResponse(null, { status: 401 })));
    const reply = await client().request({ path: '/api/hi' }, greeting);
    expect(!reply.ok && reply.error.code).toBe('unauthorized');
  });

  it('gives up after the timeout with a timeout error', async () => {
    server.use(
      http.get(`${base}/api/slow`, async () => {
        await delay('infinite');
        return HttpResponse.json({ hello: 'late' });
      }),
    );
    const reply = await client(30).request({ path: '/api/slow' }, greeting);
    expect(!reply.ok && reply.error.code).toBe('timeout');
  });

  it('reports a network failure as network', async () => {
    server.use(http.get(`${base}/api/down`, () => HttpResponse.error()));
    const reply = await client().request({ path: '/api/down' }, greeting);
    expect(!reply.ok && reply.error.code).toBe('network');
  });
});

describe('backend client retries, through the shared loop', () => {
  const waits: number[] = [];
  const retrying = () =>
    createBackendClient({
      baseUrl: base,
      transport: createFetchTransport(),
      retry: { sleep: async (ms) => void waits.push(ms), maxAttempts: 2, maxRetryAfterSeconds: 2 },
    });
  const answering = (method: 'get' | 'post', first: () => Response) => {
    let calls = 0;
    server.use(
      http[method](`${base}/api/flaky`, () => {
        calls += 1;
        return calls === 1 ? first() : HttpResponse.json({ hello: 'again' });
      }),
    );
    return () => calls;
  };

  it('waits out a short Retry-After on a 429 and reads the second reply', async () => {
    waits.length = 0;
    const calls = answering(
      'get',
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }),
    );
    const reply = await retrying().request({ path: '/api/flaky' }, greeting);
    expect(reply).toEqual({ ok: true, value: { hello: 'again' } });
    expect(calls()).toBe(2);
    expect(waits).toEqual([1000]);
  });

  it('repeats a GET after a 5xx but never a POST', async () => {
    const getCalls = answering('get', () => new HttpResponse(null, { status: 502 }));
    expect((await retrying().request({ path: '/api/flaky' }, greeting)).ok).toBe(true);
    expect(getCalls()).toBe(2);
    const postCalls = answering('post', () => new HttpResponse(null, { status: 502 }));
    const posted = await retrying().request(
      { method: 'POST', path: '/api/flaky', body: {} },
      greeting,
    );
    expect(!posted.ok && posted.error.code).toBe('server-error');
    expect(postCalls()).toBe(1);
  });

  it('does not wait out a Retry-After longer than its bound', async () => {
    const calls = answering(
      'get',
      () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } }),
    );
    const reply = await retrying().request({ path: '/api/flaky' }, greeting);
    expect(!reply.ok && reply.error).toMatchObject({ code: 'server-error', retryAfterSeconds: 30 });
    expect(calls()).toBe(1);
  });
});
