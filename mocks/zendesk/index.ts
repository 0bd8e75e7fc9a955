// msw handlers for the Zendesk Support REST API, shared by tests and the playground.
import type { RequestHandler } from 'msw';
import { createZendeskHandlers } from './handlers';
import { createZendeskWorld } from './world';
import { macroHandlers } from './macros';
import { createPlanHandlers } from './plans';

export { createZendeskHandlers, zendeskApiPattern } from './handlers';
export { seedAgent, seedSubdomain, seedUsers, seedTickets, longHistoryTicketCount } from './seed';
export { createZendeskWorld, type ZendeskWorld } from './world';

/** The default mock account behind {@link zendeskHandlers}; tests usually make their own world. */
export const defaultZendeskWorld = createZendeskWorld();

export const zendeskHandlers: RequestHandler[] = [
  ...createZendeskHandlers(defaultZendeskWorld),
  ...macroHandlers,
  ...createPlanHandlers(defaultZendeskWorld),
];
