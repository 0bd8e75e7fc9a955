// The shapes the sidebar sends to Zendesk's REST API, and the mock account (mocks/zendesk) refusing
// what Zendesk refuses, so a wrong shape fails here and not first in a real account.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import { readTicketPage, requestedTicketsPath } from '../../apps/zendesk/host/history/tickets';
import { planObjectKey, readCustomerPlans } from '../../apps/zendesk/host/plans';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld, type ZendeskWorld } from '../../mocks/zendesk';
import { createPlanHandlers } from '../../mocks/zendesk/plans';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';

const api = 'https://acme.zendesk.com/api/v2';
const retry = { sleep: async () => undefined };
let world: ZendeskWorld;

beforeEach(() => {
  world = createZendeskWorld();
  server.use(...createZendeskHandlers(world), ...createPlanHandlers(world));
});

const search = (filter: unknown) =>
  fetch(`${api}/custom_objects/${planObjectKey}/records/search.json?page[size]=100`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ filter }),
  });

describe('custom object record search', () => {
  // Source: "Searching and filtering custom object records"
  // (developer.zendesk.com/documentation/custom-data/v2/searching-custom-object-records): a filter
  // is made of `$and` / `$or` arrays of comparison objects.
  it('sends the customer filter as an $and array of comparison objects', async () => {
    const client = createFakeZafClient();
    const read = await readCustomerPlans(createZafHttpPort(client), retry, 9001);
    expect(read.ok).toBe(true);
    const sent = client.requests.find((request) => request.url.includes('/records/search'));
    expect(JSON.parse(sent?.data ?? 'null')).toEqual({
      filter: { $and: [{ 'custom_object_fields.customer_id': { $eq: '9001' } }] },
    });
  });

  it('is refused by the mock with the old bare comparison, an unknown field or no filter', async () => {
    const bare = await search({ 'custom_object_fields.customer_id': { $eq: '9001' } });
    expect(bare.status).toBe(400);
    const unknown = await search({ $and: [{ 'custom_object_fields.nope': { $eq: '1' } }] });
    expect(unknown.status).toBe(400);
    expect((await search(undefined)).status).toBe(400);
    const ok = await search({ $and: [{ 'custom_object_fields.customer_id': { $eq: '9001' } }] });
    expect(ok.status).toBe(200);
  });
});

describe('requested tickets and comments: cursor pages and sorts', () => {
  // Source: Zendesk's PHP API client upgrade guide (github.com/zendesk/zendesk_api_client_php,
  // "CBP ordering"): with cursor pagination the sort is `sort=-updated_at`, and only updated_at, id
  // and status may be sorted on; another sort is 400 "sort is not valid".
  it('asks for the newest activity first with a cursor page the mock accepts', async () => {
    expect(requestedTicketsPath(9001)).toBe(
      '/api/v2/users/9001/tickets/requested.json?sort=-updated_at&page[size]=25',
    );
    const page = await readTicketPage(createZafHttpPort(createFakeZafClient()), retry, 9001);
    expect(page.ok).toBe(true);
  });

  it('refuses a sort cursor pagination does not offer, as Zendesk does', async () => {
    const reply = await fetch(
      `${api}/users/9001/tickets/requested.json?sort=-created_at&page[size]=25`,
    );
    expect(reply.status).toBe(400);
    expect(await reply.json()).toEqual({
      error: 'InvalidPaginationParameter',
      description: 'sort is not valid',
    });
    // Source: developer.zendesk.com/api-reference/introduction/pagination/ ("Most endpoints limit
    // this to a maximum of 100").
    expect((await fetch(`${api}/users/9001/tickets/requested.json?page[size]=101`)).status).toBe(
      400,
    );
  });
});
