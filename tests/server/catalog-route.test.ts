// The card's catalog route (issue 16): the card fetches its user's language's messages from our
// backend instead of bundling both languages. Signed like every card request, answered in the
// contract's shape, the same catalog the shared compiled files hold, and cacheable by its version.
import { afterEach, describe, expect, it } from '@jest/globals';
import compiledEs from '../../shared/i18n/compiled/es.json';
import hubspotEs from '../../shared/i18n/compiled/hubspot-es.json';
import { apiErrorReplySchema, catalogPaths, catalogReplySchema } from '../../apps/hubspot/contract';
import { startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function installed(): Promise<Harness> {
  h = await startHarness();
  expect((await h.install()).status).toBe(200);
  return h;
}

describe('GET /api/catalog/:language', () => {
  it('answers the language’s shared and card messages, kept by the user’s cache until they change', async () => {
    const harness = await installed();
    const reply = await harness.call('GET', catalogPaths.catalog('es'));
    expect(reply.status).toBe(200);
    const catalog = catalogReplySchema.parse(reply.body);
    expect(catalog.language).toBe('es');
    expect(catalog.messages).toEqual({ ...compiledEs, ...hubspotEs });
    expect(catalog.messages['tone.title']).toBe('Revisión del tono');
    expect(reply.headers['cache-control']).toBe('private, max-age=86400');
    expect(reply.headers['etag']).toBe(`"${catalog.version}"`);

    const again = await harness.call('GET', catalogPaths.catalog('es'), {
      headers: { 'if-none-match': `"${catalog.version}"` },
    });
    expect(again.status).toBe(304);
  });

  it('refuses a language it has no catalog for, and an unsigned request', async () => {
    const harness = await installed();
    const unknown = await harness.call('GET', '/api/catalog/fr');
    expect(unknown.status).toBe(400);
    expect(apiErrorReplySchema.parse(unknown.body).error.code).toBe('bad-request');
    const unsigned = await harness.call('GET', catalogPaths.catalog('en'), {
      tamper: 'no-signature',
    });
    expect(unsigned.status).toBe(401);
  });
});
