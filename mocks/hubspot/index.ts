// msw handlers for the HubSpot REST API (OAuth and CRM), shared by tests and the playground.
import type { RequestHandler } from 'msw';
import { createHubSpotHandlers } from './handlers';
import { createHubSpotWorld } from './world';

export { createHubSpotHandlers, hubspotApiBase } from './handlers';
export { createHubSpotSeed, seedPortalId } from './seed';
export { associate, createHubSpotWorld, type HubSpotWorld } from './world';

/** The default mock portal behind {@link hubspotHandlers}; tests usually make their own world. */
export const defaultHubSpotWorld = createHubSpotWorld();

export const hubspotHandlers: RequestHandler[] = createHubSpotHandlers(defaultHubSpotWorld);
