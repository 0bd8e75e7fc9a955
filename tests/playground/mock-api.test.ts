// The playground's mock host APIs over real loopback HTTP: the same msw handlers the unit tests use,
// secure settings filled only server-side, and the failure switch a person sets from the page.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { http, passthrough } from 'msw';
import { z } from 'zod';
import { createHubSpotSeed } from '../../mocks/hubspot/seed';
import { server } from '../../mocks/node';
import { withFailure } from '../../playground/server/failure';
import { startPlayground, zafSdkLocalPath, type Playground } from '../../playground/server/server';
import { zafSdkCdnUrl } from '../../webpack.config';

let playground: Playground;
const loopback = () => http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough());
const noWait = () => Promise.resolve();

beforeAll(async () => {
  server.use(loopback());
  // A secure setting as an installation would hold one (the manifest declares none today).
  playground = await startPlayground({
    zendeskSecureSettings: { example_token: 'playground-secret' },
  });
}, 60_000);
beforeEach(() => {
  server.use(loopback());
  playground.failures.zendesk = 'none';
});
afterAll(async () => {
  await playground.close();
});

const api = (path: string, init?: RequestInit) =>
  fetch(`${playground.url}/zendesk-api${path}`, init);

describe('the mock Zendesk API over HTTP', () => {
  it('answers from the msw handlers with the seed account', async () => {
    const reply = await api('/api/v2/users/9003.json');
    expect(reply.status).toBe(200);
    const body = z
      .object({ user: z.object({ name: z.string(), locale: z.string() }) })
      .parse(await reply.json());
    expect(body.user).toEqual({ name: 'Lucía Fernández', locale: 'es' });
  });

  it('answers an unknown endpoint with a 404 in Zendesk’s error shape', async () => {
    const reply = await api('/api/v2/nothing-here.json');
    expect(reply.status).toBe(404);
    expect(await reply.json()).toMatchObject({ error: 'InvalidEndpoint' });
  });

  it('fills {{setting.x}} placeholders on the server, never in the page', async () => {
    const page = await (await fetch(playground.zendeskUrl)).text();
    expect(page).not.toContain('playground-secret');
    // A placeholder in the URL reaches the handlers filled: the lookup finds no such user.
    const reply = await api('/api/v2/users/%7B%7Bsetting.example_token%7D%7D.json');
    expect(reply.status).toBe(404);
    expect(playground.zendeskWorld.requests.at(-1)).toContain('playground-secret');
  });

  it('rate-limits with Retry-After once the switch is set, and recovers when it is cleared', async () => {
    const set = await fetch(`${playground.url}/playground/failure/zendesk`, {
      method: 'PUT',
      body: JSON.stringify({ failure: 'rate-limited' }),
    });
    expect(await set.json()).toEqual({ failure: 'rate-limited' });
    const limited = await api('/api/v2/users/9001.json');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    // The page's own reads are not the app's traffic and are never failed.
    const pageRead = await api('/api/v2/users/9001.json', {
      headers: { 'x-playground-page': '1' },
    });
    expect(pageRead.status).toBe(200);
    playground.failures.zendesk = 'none';
    expect((await api('/api/v2/users/9001.json')).status).toBe(200);
  });

  it('refuses a failure mode it does not know', async () => {
    const set = await fetch(`${playground.url}/playground/failure/hubspot`, {
      method: 'PUT',
      body: JSON.stringify({ failure: 'explode' }),
    });
    expect(set.status).toBe(400);
    expect(playground.failures.hubspot).toBe('none');
  });
});

describe('the failure switch', () => {
  const real = () => Promise.resolve(Response.json({ user: { id: 1, name: 'Maria' } }));

  it('answers 500 without asking the real handler', async () => {
    let asked = false;
    const reply = await withFailure('server-error', () => {
      asked = true;
      return real();
    });
    expect(reply.status).toBe(500);
    expect(asked).toBe(false);
  });

  it('keeps the status but breaks the JSON for malformed', async () => {
    const reply = await withFailure('malformed', real);
    expect(reply.status).toBe(200);
    const text = await reply.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('waits before the real reply for slow', async () => {
    const waits: number[] = [];
    const reply = await withFailure('slow', real, (ms) => {
      waits.push(ms);
      return noWait();
    });
    expect(waits).toEqual([4_000]);
    expect(await reply.json()).toEqual({ user: { id: 1, name: 'Maria' } });
  });
});

describe('hubspot.fetch relay', () => {
  it('signs the card’s request for our backend and returns its answer', async () => {
    // The card names its portal and user in the URL (hubspot.fetch adds neither).
    const { portalId } = createHubSpotSeed();
    const url = `https://hubspot.tactful.app/api/contacts/502/collections?portalId=${portalId}&userId=3001`;
    const reply = await fetch(`${playground.url}/hubspot-fetch`, {
      method: 'POST',
      body: JSON.stringify({ url }),
    });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({ balance: { amount: '840.50', currency: 'EUR' } });
  });
});

describe('the app origin, offline', () => {
  it('serves a ZAF SDK at the CDN path and points the one SDK script tag there', async () => {
    const html = await (await fetch(`${playground.zendeskAppUrl}/assets/index.html`)).text();
    expect(html).toMatch(new RegExp(`<script[^>]*src="?${zafSdkLocalPath}`));
    // Only the tag moved; the CSP still names the CDN file, and 'self' covers the local copy.
    expect(html).toContain(`script-src 'self' ${zafSdkCdnUrl}`);
    const sdk = await fetch(`${playground.zendeskAppUrl}${zafSdkLocalPath}`);
    expect(sdk.headers.get('content-type')).toContain('javascript');
    expect(await sdk.text()).toContain('ZAFClient');
  });
});
