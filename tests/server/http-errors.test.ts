// What the backend answers to requests Fastify itself refuses before any route runs (a body too
// large, a media type we do not read, an unreadable body): a 4xx in the contract's error shape,
// logged as a refused request, never a 500 logged as our own crash.
import { connect } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { agentEmail, installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

const levels = (h: Harness) =>
  h.logs.map((line) => JSON.parse(line) as { level: string; event: string });

describe('requests Fastify refuses', () => {
  it.each([
    [
      'a body over the 1 MB limit',
      413,
      { 'content-type': 'application/json' },
      JSON.stringify({ settings: { note: 'x'.repeat(1_100_000) } }),
    ],
    ['a form-encoded body', 415, { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ['a body of an unknown media type', 415, { 'content-type': 'application/xml' }, '<a/>'],
    [
      'a body shorter than its Content-Length',
      400,
      { 'content-type': 'application/json', 'content-length': '100' },
      '{}',
    ],
  ])(
    'answers %s with %i in the error shape, logged as a warning',
    async (_name, status, headers, payload) => {
      const reply = await h.backend.app.inject({
        method: 'PUT',
        url: '/api/settings?portalId=242424',
        headers,
        payload,
      });
      expect(reply.statusCode).toBe(status);
      const body = apiErrorReplySchema.parse(JSON.parse(reply.body));
      expect(body.error.code).toBe('bad-request');
      expect(body.error.message).not.toMatch(/FST_|at .*\.js/);
      expect(levels(h).filter((line) => line.level === 'error')).toEqual([]);
      expect(
        levels(h).some((line) => line.level === 'warn' && line.event === 'request.rejected'),
      ).toBe(true);
    },
  );
});

describe('refusals Fastify and Node would word themselves', () => {
  const personal = /agent\.smith|example\.com|userEmail|\/api\/|1{20}/;

  it.each([
    ['a 2 MB body', 413, { 'content-type': 'application/json' }, 'x'.repeat(2_000_000)],
    ['a body with no content type', 415, {}, '{"settings":{}}'],
  ])('answers %s with %i', async (_name, status, headers, payload) => {
    const reply = await h.backend.app.inject({
      method: 'PUT',
      url: '/api/settings?portalId=242424',
      headers,
      payload: Buffer.from(payload),
    });
    expect(reply.statusCode).toBe(status);
    expect(apiErrorReplySchema.parse(JSON.parse(reply.body)).error.code).toBe('bad-request');
    expect(levels(h).filter((line) => line.level === 'error')).toEqual([]);
  });

  it.each([
    ['an over-long path parameter', 414, `/api/contacts/${'1'.repeat(5000)}/collections`],
    ['a path that is not valid percent-encoding', 400, '/api/contacts/%E0%A4%A/collections'],
    ['an unknown path', 404, '/api/nothing-here'],
  ])('answers %s with %i in our shape, echoing nothing of the URL', async (_name, status, path) => {
    const reply = await h.backend.app.inject({
      method: 'GET',
      url: `${path}?portalId=242424&userEmail=${encodeURIComponent(agentEmail)}`,
    });
    expect(reply.statusCode).toBe(status);
    expect(Object.keys(JSON.parse(reply.body) as object)).toEqual(['error']);
    apiErrorReplySchema.parse(JSON.parse(reply.body));
    expect(reply.body).not.toMatch(personal);
    expect(h.logs.join('\n')).not.toMatch(personal);
    expect(levels(h).filter((line) => line.level === 'error')).toEqual([]);
  });

  it('answers a known path asked with a method it does not take with 405 and Allow', async () => {
    const reply = await h.backend.app.inject({
      method: 'DELETE',
      url: `/api/contacts/503/plans?userEmail=${encodeURIComponent(agentEmail)}`,
    });
    expect(reply.statusCode).toBe(405);
    expect(reply.headers.allow).toBe('POST');
    expect(apiErrorReplySchema.parse(JSON.parse(reply.body)).error.code).toBe('bad-request');
    expect(reply.body).not.toMatch(personal);
  });

  it('answers a URL too long for the HTTP parser (431) in our shape over a real socket', async () => {
    const base = new URL(await h.backend.listen());
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(base.port), base.hostname, () => {
        socket.write(
          `GET /api/settings?userEmail=${encodeURIComponent(agentEmail)}&x=${'a'.repeat(70_000)} HTTP/1.1\r\nHost: ${base.host}\r\n\r\n`,
        );
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(apiErrorReplySchema.parse(JSON.parse(body)).error.code).toBe('bad-request');
    expect(answer).not.toMatch(personal);
    expect(levels(h).filter((line) => line.level === 'error')).toEqual([]);
  });
});

describe('any request a client can make', () => {
  it('is refused, if at all, in our shape, without the URL or the email, and never logged as an error', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'api',
        'contacts',
        '503',
        'plans',
        'settings',
        'oauth',
        'callback',
        'healthz',
      ),
      fc.constantFrom('%E0%A4%A', '%', '..', '%00', '%2F', ':id', '*'),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<NonNullable<InjectOptions['method']>>(
          'GET',
          'POST',
          'PUT',
          'DELETE',
          'PATCH',
          'OPTIONS',
        ),
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.option(
          fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/xml',
          ),
        ),
        fc.string({ maxLength: 50 }),
        async (method, segments, contentType, body) => {
          h.logs.length = 0;
          const reply = await h.backend.app.inject({
            method,
            url: `/${segments.join('/')}?portalId=242424&userEmail=${encodeURIComponent(agentEmail)}`,
            ...(contentType === null ? {} : { headers: { 'content-type': contentType } }),
            ...(method === 'GET' || method === 'OPTIONS' ? {} : { payload: body }),
          });
          if (reply.statusCode >= 400) {
            apiErrorReplySchema.parse(JSON.parse(reply.body));
            expect(reply.body).not.toContain(agentEmail);
            expect(reply.body).not.toContain(encodeURIComponent(agentEmail));
          }
          expect(reply.statusCode).toBeLessThan(500);
          expect(levels(h).filter((line) => line.level === 'error')).toEqual([]);
          expect(h.logs.join('\n')).not.toContain('agent.smith');
        },
      ),
      { numRuns: 200 },
    );
  });
});
