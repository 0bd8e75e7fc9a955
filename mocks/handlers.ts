import { hubspotHandlers } from './hubspot';
import { modelWeightsHandlers } from './hubspot/model-weights';
import { zendeskHandlers } from './zendesk';

/** Every host API the project talks to, as msw handlers. */
export const handlers = [...zendeskHandlers, ...hubspotHandlers, ...modelWeightsHandlers()];
