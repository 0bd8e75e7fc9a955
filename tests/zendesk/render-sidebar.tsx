/**
 * Test factory: renders the real sidebar app against a fake ZAF client (the SDK surface) over a
 * ticket model, with a fresh mock Zendesk account behind msw. Sleeps are recorded, not waited.
 */
import { render } from '@testing-library/react';
import type { RequestHandler } from 'msw';
import { App } from '../../apps/zendesk/ui/App';
import { createZendeskHandlers, createZendeskWorld, type ZendeskWorld } from '../../mocks/zendesk';
import { requesterFrom, type TicketModelInit } from '../../mocks/zendesk/ticket-model';
import { createFakeZafClient, type FakeZafClient } from '../../mocks/zendesk/zaf-client';
import { server } from '../../mocks/node';

/** 25 November 2026, 15:00 UTC: the moment every sidebar test sees. */
export const testNow = new Date('2026-11-25T15:00:00Z');

export interface RenderedSidebar {
  client: FakeZafClient;
  world: ZendeskWorld;
  /** Every wait the app asked for, in milliseconds (Retry-After, backoff). */
  sleeps: number[];
}

/** The requester for seed customer `id` (9001–9012) in `client.get('ticket.requester')` shape. */
export function requester(world: ZendeskWorld, id: number) {
  const user = world.users.get(id);
  if (!user) throw new Error(`No seed user ${id}`);
  return requesterFrom(user);
}

/**
 * Renders the sidebar for a ticket; `init` shapes the ticket page (requester, locale, settings) and
 * `overrides` are msw handlers for failures (429, malformed replies) that win over the account's.
 */
export function renderSidebar(
  init: (world: ZendeskWorld) => TicketModelInit = () => ({}),
  overrides: RequestHandler[] = [],
): RenderedSidebar {
  const world = createZendeskWorld();
  // Overrides go last so they take precedence over the account's own handlers.
  server.use(...createZendeskHandlers(world));
  server.use(...overrides);
  const client = createFakeZafClient(init(world));
  const sleeps: number[] = [];
  render(
    <App
      createClient={() => client}
      sleep={async (milliseconds) => {
        sleeps.push(milliseconds);
      }}
      clock={{ now: () => testNow }}
    />,
  );
  return { client, world, sleeps };
}
