// Every request has an id, answered as X-Request-Id and carried by every log line written while it
// was handled, so one request's lines can be found together; an upstream id is kept only when it is
// a plain token.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

const lines = () => h.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('request ids', () => {
  it("puts the request's id on each of its log lines, HubSpot's retries included", async () => {
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        () => HttpResponse.json({ status: 'error' }, { status: 503 }),
        { once: true },
      ),
    );
    h.logs.length = 0;
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    const written = lines();
    const retried = written.find((line) => line.event === 'hubspot.server-error');
    const answered = written.find((line) => line.event === 'request');
    expect(typeof retried?.requestId).toBe('string');
    expect(retried?.requestId).toBe(answered?.requestId);

    h.logs.length = 0;
    await h.call('GET', '/api/contacts/503/collections');
    expect(lines().find((line) => line.event === 'request')?.requestId).not.toBe(
      answered?.requestId,
    );
  });

  it('answers with X-Request-Id, keeping a plain upstream id and replacing any other', async () => {
    const kept = await h.backend.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'lb-7f3a9c21' },
    });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a9c21');
    const replaced = await h.backend.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'agent.smith@example.com' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.logs.join('\n')).not.toContain('agent.smith@example.com');
  });
});
