/**
 * The card's entry: HubSpot calls this with the record's context and actions. It only wires the
 * host adapters to the card; everything else lives in host/ (SDK edges), view/ and ui/.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { callerFromContext, cardRetry, createBackendClient } from './host/backend-client';
import { backendBaseUrl } from './host/backend-url';
import { createCrmHost } from './host/crm-host';
import { hubspotTransport } from './host/hubspot-transport';
import { Card } from './ui/Card';

hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <Card
    services={{
      crm: createCrmHost(context, actions),
      backend: createBackendClient({
        baseUrl: backendBaseUrl,
        transport: hubspotTransport,
        caller: callerFromContext(context),
        retry: cardRetry,
      }),
      clock: { now: () => new Date() },
    }}
  />
));
