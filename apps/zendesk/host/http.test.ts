import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { createFakeZafClient } from '../../../mocks/zendesk/zaf-client';
import { createZafHttpPort } from './http';

const base = 'https://tactful-demo.zendesk.com/api/v2';

function port(secureSettings: Record<string, string> = {}) {
  const client = createFakeZafClient({ secureSettings });
  return { client, http: createZafHttpPort(client) };
}

describe('createZafHttpPort: one request through the ZAF proxy', () => {
  it('returns status, lower-cased headers and the parsed JSON body', async () => {
    server.use(
      http.get(`${base}/things.json`, () =>
        HttpResponse.json({ things: [1, 2] }, { headers: { 'X-Rate-Limit-Remaining': '699' } }),
      ),
    );
    const result = await port().http.request({ method: 'GET', path: '/api/v2/things.json' });
    expect(result).toEqual({
      ok: true,
      value: {
        status: 200,
        headers: expect.objectContaining({ 'x-rate-limit-remaining': '699' }),
        body: { things: [1, 2] },
      },
    });
  });

  it('gives an empty reply an undefined body', async () => {
    server.use(http.delete(`${base}/things/1.json`, () => new HttpResponse(null, { status: 204 })));
    const result = await port().http.request({ method: 'DELETE', path: '/api/v2/things/1.json' });
    expect(result).toEqual({ ok: true, value: { status: 204, headers: {}, body: undefined } });
  });

  it('sends a body as JSON and switches off the proxy’s own retries', async () => {
    let received: unknown;
    server.use(
      http.post(`${base}/things.json`, async ({ request }) => {
        received = { type: request.headers.get('content-type'), body: await request.json() };
        return HttpResponse.json({ ok: true }, { status: 201 });
      }),
    );
    const { client, http: port_ } = port();
    const result = await port_.request({
      method: 'POST',
      path: '/api/v2/things.json',
      body: { a: 1 },
    });
    expect(result.ok).toBe(true);
    expect(received).toEqual({ type: 'application/json', body: { a: 1 } });
    expect(client.requests[0]).toMatchObject({ autoRetry: false, httpCompleteResponse: true });
    expect(client.requests[0]?.secure).toBeUndefined();
  });

  it('reports 429 with the Retry-After seconds and does not retry by itself', async () => {
    let calls = 0;
    server.use(
      http.get(`${base}/things.json`, () => {
        calls += 1;
        return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '30' } });
      }),
    );
    const result = await port().http.request({ method: 'GET', path: '/api/v2/things.json' });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'rate-limited', status: 429, retryAfterSeconds: 30 }),
    });
    expect(calls).toBe(1);
  });

  it('reads an HTTP-date Retry-After against its clock', async () => {
    server.use(
      http.get(`${base}/things.json`, () =>
        HttpResponse.json(
          {},
          { status: 503, headers: { 'Retry-After': 'Fri, 27 Nov 2026 13:01:30 GMT' } },
        ),
      ),
    );
    const client = createFakeZafClient({});
    const zaf = createZafHttpPort(client, { now: () => Date.UTC(2026, 10, 27, 13, 0, 0) });
    const result = await zaf.request({ method: 'GET', path: '/api/v2/things.json' });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'server-error', retryAfterSeconds: 90 }),
    });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'bad-request'],
    [500, 'server-error'],
    [503, 'server-error'],
    [504, 'timeout'],
  ])('maps status %i to %s', async (status, code) => {
    server.use(
      http.get(`${base}/things.json`, () =>
        HttpResponse.json({ error: 'Nope', description: 'Not allowed here' }, { status }),
      ),
    );
    const result = await port().http.request({ method: 'GET', path: '/api/v2/things.json' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, status }) });
  });

  it('keeps Zendesk’s error description in the message', async () => {
    server.use(
      http.get(`${base}/users/1.json`, () =>
        HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 }),
      ),
    );
    const result = await port().http.request({ method: 'GET', path: '/api/v2/users/1.json' });
    expect(!result.ok && result.error.message).toBe('Zendesk answered 404: Not found');
  });

  it('turns a 200 that is not JSON into malformed-reply', async () => {
    server.use(
      http.get(`${base}/things.json`, () => HttpResponse.text('<html>maintenance</html>')),
    );
    const result = await port().http.request({ method: 'GET', path: '/api/v2/things.json' });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'malformed-reply', status: 200 }),
    });
  });

  it('turns a request that never got an answer into network', async () => {
    server.use(http.get(`${base}/things.json`, () => HttpResponse.error()));
    const result = await port().http.request({ method: 'GET', path: '/api/v2/things.json' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'network' }) });
  });

  it('lets the proxy fill secure settings: placeholders only, marked secure', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${base}/secure-check.json`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({});
      }),
    );
    const { client, http: port_ } = port({ example_token: 's3cr3t-value' });
    await port_.request({
      method: 'GET',
      path: '/api/v2/secure-check.json',
      headers: { Authorization: 'Bearer {{setting.example_token}}' },
    });
    expect(client.requests[0]?.secure).toBe(true);
    expect(client.requests[0]?.headers?.['Authorization']).toBe('Bearer {{setting.example_token}}');
    expect(authorization).toBe('Bearer s3cr3t-value');
  });
});
