/**
 * How every entry (the card, the settings page, the home page) reaches our backend: over
 * `hubspot.fetch`, signed by HubSpot, naming the context's portal and user, with the card's retry.
 */
import {
  callerFromContext,
  cardRetry,
  createBackendClient,
  type BackendClient,
} from './backend-client';
import { backendBaseUrl } from './backend-url';
import { hubspotTransport } from './hubspot-transport';

/** Our backend for the user of this extension context. */
export function entryBackend(context: {
  portal: { id: number };
  user: { id: number };
}): BackendClient {
  return createBackendClient({
    baseUrl: backendBaseUrl,
    transport: hubspotTransport,
    caller: callerFromContext(context),
    retry: cardRetry,
  });
}
