// How Zendesk pages a ticket's comments, as the signals section reads them (issue 20: "the latest
// first, then older ones, paged"). Sources:
//   PAGES = https://developer.zendesk.com/api-reference/introduction/pagination/ ("Using cursor
//           pagination": page[size] switches cursor pagination on and sets the page size, most
//           endpoints allow at most 100; the reply carries meta.has_more, meta.after_cursor and
//           links.next; follow links.next until meta.has_more is false)
//   COMMENTS = https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/
//           (a comment's id, author_id, public, body, html_body, plain_body, created_at)
// Unverified (no public source found): that List Comments sorts a cursor page newest first with
// `sort=-created_at`; third-party code uses it, Zendesk's page we could read does not say. The
// emulator accepts `created_at`/`-created_at` only, so a different spelling fails in tests.
import { describe, expect, it } from '@jest/globals';
import {
  customerCommentPageSize,
  firstCustomerCommentPath,
  readCustomerCommentPage,
} from '../../apps/zendesk/host/customer-comments';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import { zendeskNextPath } from '../../apps/zendesk/host/zendesk-cursor';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { addTicketComment } from '../zendesk/ticket-comments';

const noWait = { sleep: async () => undefined };
const api = 'https://tactful-demo.zendesk.com';

function setup(commentCount: number) {
  const world = createZendeskWorld();
  world.comments = world.comments.filter((comment) => comment.ticket_id !== 1);
  for (let n = 0; n < commentCount; n += 1) {
    addTicketComment(world, {
      plain_body: `Message ${n}`,
      created_at: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    });
  }
  server.use(...createZendeskHandlers(world));
  return { world, http: createZafHttpPort(createFakeZafClient()) };
}

describe('ticket comments in cursor pages (PAGES, COMMENTS)', () => {
  it('asks for cursor pagination with a page size Zendesk allows (1 to 100)', () => {
    const path = new URL(firstCustomerCommentPath(1), api);
    expect(path.pathname).toBe('/api/v2/tickets/1/comments.json');
    const size = Number(path.searchParams.get('page[size]'));
    expect(size).toBe(customerCommentPageSize);
    expect(size).toBeGreaterThanOrEqual(1);
    expect(size).toBeLessThanOrEqual(100);
  });

  it('follows links.next only while meta.has_more is true', () => {
    const next = `${api}/api/v2/tickets/1/comments.json?page[size]=20&page[after]=xxx`;
    expect(zendeskNextPath({ meta: { has_more: true }, links: { next } })).toBe(next);
    expect(zendeskNextPath({ meta: { has_more: false }, links: { next } })).toBeUndefined();
    expect(zendeskNextPath({ meta: { has_more: true }, links: { next: null } })).toBeUndefined();
  });

  it('reads every comment once, newest first, page by page, and stops on the last page', async () => {
    const { http } = setup(45);
    const ids: number[] = [];
    let path: string | undefined = firstCustomerCommentPath(1);
    let pages = 0;
    while (path !== undefined) {
      const page = await readCustomerCommentPage(http, noWait, path, 9001);
      if (!page.ok) throw new Error(page.error.message);
      ids.push(...page.value.comments.map((comment) => comment.id));
      path = page.value.nextPath;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(45 / customerCommentPageSize));
    expect(ids).toHaveLength(45);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('the emulator refuses what Zendesk refuses: a page over 100 and a cursor it did not give', async () => {
    setup(3);
    const tooBig = await fetch(`${api}/api/v2/tickets/1/comments.json?page[size]=101`);
    expect(tooBig.status).toBe(400);
    const forged = await fetch(
      `${api}/api/v2/tickets/1/comments.json?page[size]=2&page[after]=%%%`,
    );
    expect(forged.status).toBe(400);
    const first = await fetch(`${api}/api/v2/tickets/1/comments.json?page[size]=2`);
    const body: unknown = await first.json();
    expect(body).toMatchObject({
      meta: { has_more: true, after_cursor: expect.any(String) },
      links: { next: expect.stringContaining('page%5Bafter%5D=') },
    });
  });
});
