// The sidebar's history reads requested tickets a page at a time through the ZAF proxy: a next-page
// link that would leave the account's Zendesk is an error, and the proxy is never asked to follow it.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import { readTicketPage } from '../../apps/zendesk/host/history';
import { server } from '../../mocks/node';
import { zendeskApiPattern } from '../../mocks/zendesk';
import { seedSubdomain } from '../../mocks/zendesk/seed';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';

const noWait = { sleep: async () => undefined };
const account = `https://${seedSubdomain}.zendesk.com`;
const endpoint = '/api/v2/users/9001/tickets/requested.json';

function firstPageLinkingTo(next: string) {
  server.use(
    http.get(`${zendeskApiPattern}/users/:id/tickets/requested.json`, () =>
      HttpResponse.json({
        tickets: [
          {
            id: 1,
            subject: 'Payment question',
            status: 'open',
            requester_id: 9001,
            submitter_id: 9001,
            via: { channel: 'email' },
            created_at: '2024-03-01T10:00:00Z',
            updated_at: '2024-03-01T10:00:00Z',
          },
        ],
        meta: { has_more: true },
        links: { next },
      }),
    ),
  );
  const client = createFakeZafClient();
  return { client, http: createZafHttpPort(client) };
}

describe('requested tickets: next-page links through the ZAF proxy', () => {
  it.each([
    ['a protocol-relative link', `//evil.example${endpoint}?page[after]=x`],
    ['a doubled slash after the host', `${account}//evil.example/x`],
    ['an absolute link to another host', 'https://evil.example/x'],
  ])('refuses %s and never hands it to the proxy', async (_, next) => {
    const { client, http } = firstPageLinkingTo(next);
    const page = await readTicketPage(http, noWait, 9001);
    expect(page).toMatchObject({
      ok: false,
      error: { code: 'malformed-reply', message: expect.stringMatching(/not followed/) },
    });
    expect(client.requests.map((request) => request.url)).toEqual([
      expect.stringMatching(/^\/api\/v2\/users\/9001\/tickets\/requested\.json\?/),
    ]);
  });

  it('given the account origin, refuses a link naming another host even on the same endpoint', async () => {
    const { client, http } = firstPageLinkingTo(`https://evil.example${endpoint}?page[after]=x`);
    const page = await readTicketPage(http, { ...noWait, origin: account }, 9001);
    expect(page).toMatchObject({
      ok: false,
      error: { code: 'malformed-reply', message: expect.stringMatching(/evil\.example/) },
    });
    expect(client.requests).toHaveLength(1);
  });

  it('without the account origin, still only ever hands the proxy a path on the account', async () => {
    const { http } = firstPageLinkingTo(`https://evil.example${endpoint}?page[after]=x`);
    const page = await readTicketPage(http, noWait, 9001);
    expect(page.ok && page.value.nextPath).toBe(`${endpoint}?page[after]=x`);
  });

  it("follows Zendesk's own absolute link as a path on the account", async () => {
    const { http } = firstPageLinkingTo(`${account}${endpoint}?page[size]=25&page[after]=x`);
    const page = await readTicketPage(http, noWait, 9001);
    expect(page.ok && page.value.nextPath).toBe(`${endpoint}?page[size]=25&page[after]=x`);
  });
});
