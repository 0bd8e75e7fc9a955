/**
 * Test factory: renders the real sidebar app against a fake ZAF client (the SDK surface) over a
 * ticket model, with a fresh mock Zendesk account behind msw. Sleeps are recorded, not waited.
 */
import { afterEach, beforeEach } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { Settings } from 'luxon';
import type { RequestHandler } from 'msw';
import type { ZafClient } from '../../apps/zendesk/host/zaf-client';
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

/** Seed customers by time zone: 9001 lives in Chicago, 9004 in Tokyo. */
export const customerIn = { 'America/Chicago': 9001, 'Asia/Tokyo': 9004 } as const;

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
  const sleeps = renderApp(client);
  return { client, world, sleeps };
}

/** Renders the sidebar on a ticket from the seed customer in `zone`, `fields` set on their profile. */
export function renderForCustomerIn(
  zone: keyof typeof customerIn,
  fields: Readonly<Record<string, string | boolean>>,
): RenderedSidebar {
  return renderSidebar((world) => {
    const user = world.users.get(customerIn[zone]);
    if (user) Object.assign(user.user_fields, fields);
    return { ticket: { requester: requester(world, customerIn[zone]) } };
  });
}

/** Renders the real app over `client` at `testNow`; returns the sleeps it asks for (not waited). */
export function renderApp(client: ZafClient): number[] {
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
  return sleeps;
}

/** The panels' chunks load lazily; the first import in a test file can take a while under jest. */
export const lazyChunk = { timeout: 5000 };

/** A panel of the sidebar by its accessible name, once its lazy chunk has loaded. */
export const findRegion = (name: string): Promise<HTMLElement> =>
  screen.findByRole('region', { name }, lazyChunk);

/** The agent's browser is in New York for each test of the file (customers are elsewhere). */
export function agentBrowserInNewYork(): void {
  const systemZone = Settings.defaultZone;
  beforeEach(() => {
    Settings.defaultZone = 'America/New_York';
  });
  afterEach(() => {
    Settings.defaultZone = systemZone;
  });
}
