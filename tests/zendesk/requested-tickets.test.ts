// The mock Zendesk account pages requested tickets like Zendesk does, and the shell's HttpPort with
// shared/http's pagination reads them all: the contract the history panel will rely on.
import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import { fetchAllPages, fetchPage } from '../../shared/http';
import {
  withZendeskCursor,
  zendeskCursorFields,
  zendeskNextPath,
} from '../../apps/zendesk/host/zendesk-cursor';
import { server } from '../../mocks/node';
import {
  createZendeskHandlers,
  createZendeskWorld,
  longHistoryTicketCount,
} from '../../mocks/zendesk';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';

const ticketsPage = z.object({
  tickets: z.array(z.object({ id: z.number(), created_at: z.string(), updated_at: z.string() })),
  ...zendeskCursorFields,
});

const noWait = { sleep: async () => undefined };
/** Where the requested tickets at `path` start, how to read a page and find the next, no waiting. */
const requested = (path: string) =>
  [withZendeskCursor(path), ticketsPage, zendeskNextPath, noWait] as const;

function setup() {
  const world = createZendeskWorld();
  server.use(...createZendeskHandlers(world));
  return { world, http: createZafHttpPort(createFakeZafClient()) };
}

describe('requested tickets through the ZAF proxy', () => {
  it('follows links.next until meta.has_more is false, 100 at a time', async () => {
    const { world, http } = setup();
    // Cursor pages sort only on updated_at, id or status (Zendesk's PHP client upgrade guide,
    // github.com/zendesk/zendesk_api_client_php, "CBP ordering"); the mock refuses other sorts.
    const path = '/api/v2/users/9001/tickets/requested.json?sort=-updated_at';
    const pages = await fetchAllPages(http, ...requested(path));
    if (!pages.ok) throw new Error(pages.error.message);
    const tickets = pages.value.flatMap((page) => page.tickets);
    expect(tickets).toHaveLength(longHistoryTicketCount);
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(longHistoryTicketCount);
    const updated = tickets.map((ticket) => ticket.updated_at);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(world.requests).toHaveLength(3);
    expect(world.requests[0]).toContain('page[size]=100');
  });

  it('reads the first page alone so a panel can paint before the rest', async () => {
    const { world, http } = setup();
    const page = await fetchPage(http, ...requested('/api/v2/users/9002/tickets/requested.json'));
    expect(page.ok && page.value.nextPath).toBeUndefined();
    expect(page.ok && page.value.body.tickets.length).toBeGreaterThan(0);
    expect(world.requests).toHaveLength(1);
  });
});
