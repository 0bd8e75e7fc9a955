/** The backend transport inside HubSpot: `hubspot.fetch`, which signs each request for our backend. */
import { hubspot } from '@hubspot/ui-extensions';
import type { BackendTransport } from './backend-client';

/** Sends a request through `hubspot.fetch` (JSON body objects only; HubSpot adds the signature). */
export const hubspotTransport: BackendTransport = (url, request) =>
  hubspot.fetch(url, {
    method: request.method,
    timeout: request.timeoutMs,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
