// msw handlers for the HubSpot CRM REST API, shared by tests and the playground.
import type { RequestHandler } from 'msw';

export const hubspotHandlers: RequestHandler[] = [];
