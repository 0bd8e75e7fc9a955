// msw handlers for the Zendesk Support REST API, shared by tests and the playground.
import type { RequestHandler } from 'msw';

export const zendeskHandlers: RequestHandler[] = [];
