// The playground's hubspot.fetch is no more lenient than HubSpot's: what HubSpot documents it
// refuses fails here too, and it adds to the URL only what HubSpot documents adding, so a card
// that relied on more would fail in our tests before it failed in HubSpot. Rules from
// https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data
// ("Custom headers: Not supported", "Payload size: 1MB max", "15 seconds default, 120 seconds max").
import { describe, expect, it } from '@jest/globals';
import { languagePaths, toneCheckReplySchema } from '../../apps/hubspot/contract';
import { hubspotFetchRefusal, limitHubSpotFetchReply } from '../../mocks/hubspot/hubspot-fetch';
import type { HubSpotPlayground } from '../../mocks/hubspot/playground';
import { hubspotPlaygroundForTests } from './playground-per-file';

let playground: HubSpotPlayground;
hubspotPlaygroundForTests((started) => (playground = started));

const overOneMegabyte = 'x'.repeat(1024 * 1024 + 1);

describe("the playground's hubspot.fetch", () => {
  it('adds no portalId or userId of its own: a card that sends none is refused by the backend', async () => {
    const bare = await playground.hubspotFetch('/api/contacts/502/collections');
    expect(bare.status).toBe(401);
    const named = await playground.hubspotFetch(
      playground.cardPath('/api/contacts/502/collections'),
    );
    expect(named.status).toBe(200);
  });

  it('rejects a custom header, as hubspot.fetch supports none', async () => {
    await expect(
      playground.hubspotFetch(playground.cardPath('/api/settings'), {
        headers: { 'Idempotency-Key': 'k-1' },
      }),
    ).rejects.toThrow(/headers/);
  });

  it('rejects a request body over 1 MB before sending it', async () => {
    const requestsBefore = playground.world.requests.length;
    await expect(
      playground.hubspotFetch(playground.cardPath('/api/settings'), {
        method: 'PUT',
        body: { settings: { outreach: { companyName: overOneMegabyte } } },
      }),
    ).rejects.toThrow(/1 MB/);
    expect(playground.world.requests.length).toBe(requestsBefore);
  });

  it('rejects a timeout over two minutes and a body that is not a JSON object', async () => {
    await expect(
      playground.hubspotFetch(playground.cardPath('/api/settings'), { timeout: 120_001 }),
    ).rejects.toThrow(/timeout/);
    await expect(
      playground.hubspotFetch(playground.cardPath('/api/settings'), {
        method: 'POST',
        body: ['not', 'an', 'object'],
      }),
    ).rejects.toThrow(/object/);
  });
});

describe('what hubspot.fetch refuses to call', () => {
  const permitted = ['https://hubspot.tactful.app'];
  it.each([
    ['a plain-http URL', 'http://hubspot.tactful.app/api/settings'],
    ['localhost', 'https://localhost:3978/api/settings'],
    ['a relative path', '/api/settings'],
    ['an origin outside permittedUrls.fetch', 'https://evil.example/api/settings'],
    ['a host that only starts like a permitted one', 'https://hubspot.tactful.app.evil.example/x'],
  ])('%s', (_what, url) => {
    expect(hubspotFetchRefusal({ url }, permitted)).toBeDefined();
  });

  it('calls a permitted https URL with method, body and timeout', () => {
    expect(
      hubspotFetchRefusal(
        { url: 'https://hubspot.tactful.app/api/settings', method: 'PUT', body: {}, timeout: 5000 },
        permitted,
      ),
    ).toBeUndefined();
  });

  it('fails a reply over 1 MB, which HubSpot would not hand the card', async () => {
    await expect(limitHubSpotFetchReply(new Response(overOneMegabyte))).rejects.toThrow(/1 MB/);
    const small = await limitHubSpotFetchReply(Response.json({ ok: true }));
    expect(await small.json()).toEqual({ ok: true });
  });

  it('carries a draft to the backend’s tone check and its findings back to the card, signed', async () => {
    const reply = await playground.hubspotFetch(playground.cardPath(languagePaths.toneCheck), {
      method: 'POST',
      body: {
        text: "You haven't paid your bill.",
        locale: 'en',
        blockCategories: [],
        flagPhrases: [],
        allowPhrases: [],
      },
    });
    expect(reply.status).toBe(200);
    const body = toneCheckReplySchema.parse(await reply.json());
    expect(body.findings.map((finding) => finding.excerpt)).toContain(
      "You haven't paid your bill.",
    );
  });
});
