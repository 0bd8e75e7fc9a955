// Prometheus metrics at /metrics (prom-client): requests and their time by route, HubSpot calls by
// status, limiter waits, token refreshes and store errors; never a portal, contact or person.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { agentEmail, installedHarnessEachTest, startHarness, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

async function scrape(harness: Harness, headers: Record<string, string> = {}) {
  const reply = await harness.backend.app.inject({ method: 'GET', url: '/metrics', headers });
  return {
    status: reply.statusCode,
    text: reply.body,
    type: String(reply.headers['content-type']),
  };
}

/** The value of one sample (`name{labels} value`), 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('counts requests by route and status, and times them, in Prometheus text', async () => {
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    const { status, text, type } = await scrape(h);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const route = { method: 'GET', route: '/api/contacts/:contactId/collections' };
    expect(sample(text, 'tactful_http_requests_total', { ...route, status: '200' })).toBe(2);
    expect(sample(text, 'tactful_http_request_duration_seconds_count', route)).toBe(2);
    expect(sample(text, 'tactful_hubspot_calls_total', { status: '200' })).toBeGreaterThan(0);
    expect(sample(text, 'tactful_limiter_wait_seconds_count', { outcome: 'slot' })).toBeGreaterThan(
      0,
    );
    // Nothing that names a portal, a contact or a person.
    expect(text).not.toContain(String(h.world.portalId));
    expect(text).not.toMatch(/\/503\/|agent\.smith|userEmail/);
    expect(text).not.toContain(agentEmail);
  });

  it('counts HubSpot answers by status, a 429 included', async () => {
    server.use(
      http.get(
        `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
        () =>
          HttpResponse.json({ status: 'error' }, { status: 429, headers: { 'Retry-After': '1' } }),
        { once: true },
      ),
    );
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    expect(sample((await scrape(h)).text, 'tactful_hubspot_calls_total', { status: '429' })).toBe(
      1,
    );
  });

  it('counts a token refresh', async () => {
    h.advance(26 * 60 * 1000); // inside the refresh margin of a 30-minute token
    expect((await h.call('GET', '/api/contacts/503/collections')).status).toBe(200);
    const { text } = await scrape(h);
    expect(sample(text, 'tactful_token_refreshes_total', { outcome: 'renewed' })).toBe(1);
  });

  it('counts store errors by operation', async () => {
    await h.backend.store.close();
    expect((await h.call('GET', '/api/settings')).status).toBe(500);
    const { text } = await scrape(h);
    expect(sample(text, 'tactful_store_errors_total', { operation: 'getSettings' })).toBe(1);
  });
});

describe('/metrics with a token', () => {
  it('answers only a scraper bearing it', async () => {
    const guarded = await startHarness({ metricsToken: 'scrape-secret' });
    try {
      expect((await scrape(guarded)).status).toBe(401);
      expect((await scrape(guarded, { authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await scrape(guarded, { authorization: 'Bearer scrape-secret' })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
