import { backendBaseUrl } from '../apps/hubspot/card/host/backend-url';
import { hubspotHandlers } from './hubspot';
import { catalogHandlers } from './hubspot/catalog';
import { guardEventHandlers } from './hubspot/guard-events';
import { languageHandlers } from './hubspot/language';
import { zendeskHandlers } from './zendesk';

/** Every host API the project talks to, as msw handlers. */
// The language and catalog routes answer at the tests' backend and at the card's default one: a test that
// renders the card's entry as HubSpot does (no backend injected) still gets its tone checks, and a
// check still in flight when its test ends is answered rather than reported as unhandled after
// teardown.
export const handlers = [
  ...zendeskHandlers,
  ...hubspotHandlers,
  ...languageHandlers(),
  ...languageHandlers(backendBaseUrl),
  ...catalogHandlers(),
  ...catalogHandlers(backendBaseUrl),
  ...guardEventHandlers(),
];
