import { backendBaseUrl } from '../apps/hubspot/card/host/backend-url';
import { hubspotHandlers } from './hubspot';
import { guardEventHandlers } from './hubspot/guard-events';
import { modelWeightsHandlers } from './hubspot/model-weights';
import { zendeskHandlers } from './zendesk';

/** Every host API the project talks to, as msw handlers. */
// The weights route answers at the tests' backend and at the card's default one: a test that renders
// the card's entry as HubSpot does (no backend injected) still loads the models, and a load still in
// flight when its test ends is answered rather than reported as unhandled after teardown.
export const handlers = [
  ...zendeskHandlers,
  ...hubspotHandlers,
  ...modelWeightsHandlers(),
  ...modelWeightsHandlers(backendBaseUrl),
  ...guardEventHandlers(),
];
