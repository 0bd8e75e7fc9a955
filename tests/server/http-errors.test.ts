// What the backend answers to requests Fastify itself refuses before any route runs (a body too
// large, a media type we do not read, an unreadable body): a 4xx in the contract's error shape,
// logged as a refused request, never a 500 logged as our own crash.
import { describe, expect, it } from '@jest/globals';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { installedHarnessEachTest, type Harness } from './harness';

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
