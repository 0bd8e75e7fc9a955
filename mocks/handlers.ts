import { hubspotHandlers } from './hubspot';
import { zendeskHandlers } from './zendesk';

/** Every host API the project talks to, as msw handlers. */
export const handlers = [...zendeskHandlers, ...hubspotHandlers];
