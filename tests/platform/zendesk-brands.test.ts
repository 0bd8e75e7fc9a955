// The brand filter of the outcomes page reads the account's brands from Zendesk's Brands API.
// Source: BRANDS = https://developer.zendesk.com/api-reference/ticketing/account-configuration/brands/
// (List Brands: GET /api/v2/brands, a `brands` array; each brand has an integer `id` (read-only), a
// mandatory `name`, `active` ("If the brand is set as active") and `is_deleted`).
// The adapter (apps/zendesk/host/brands.ts) must read that shape, leave inactive and deleted brands
// out of the filter, and the mock account must answer in the same shape.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { readBrands } from '../../apps/zendesk/host/brands';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';

const origin = 'https://acme.zendesk.com';
const retry = { sleep: async () => undefined };

/** A List Brands reply with the properties BRANDS documents. */
const documentedReply = {
  brands: [
    {
      id: 47,
      name: 'Brand 1',
      active: true,
      is_deleted: false,
      subdomain: 'brand1',
      default: true,
    },
    { id: 48, name: 'Old brand', active: false, is_deleted: false, subdomain: 'old' },
    { id: 49, name: 'Gone', active: true, is_deleted: true, subdomain: 'gone' },
  ],
  next_page: null,
  previous_page: null,
  count: 3,
};

describe('Zendesk brands for the outcomes filter (BRANDS)', () => {
  it('reads the documented List Brands reply, keeping active brands, ids as text', async () => {
    server.use(http.get(`${origin}/api/v2/brands.json`, () => HttpResponse.json(documentedReply)));
    const brands = await readBrands(createFetchHttpPort({ baseUrl: origin }), retry);
    expect(brands).toEqual({ ok: true, value: [{ id: '47', name: 'Brand 1' }] });
  });

  it('refuses a reply whose brand ids are not integers, instead of guessing', async () => {
    server.use(
      http.get(`${origin}/api/v2/brands.json`, () =>
        HttpResponse.json({ brands: [{ id: 'x', name: 'Brand' }] }),
      ),
    );
    const brands = await readBrands(createFetchHttpPort({ baseUrl: origin }), retry);
    expect(brands).toMatchObject({ ok: false, error: { code: 'malformed-reply' } });
  });

  it('the mock account answers in the documented shape', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    const brands = await readBrands(createFetchHttpPort({ baseUrl: origin }), retry);
    expect(brands.ok && brands.value.map((brand) => brand.name)).toEqual(
      world.brands.map((brand) => brand.name),
    );
  });
});
