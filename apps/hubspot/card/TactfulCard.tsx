/**
 * The card's entry: HubSpot calls this with the record's context and actions. It only wires the
 * host adapters to the card; everything else lives in host/ (SDK edges), view/ and ui/.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { entryBackend } from './host/entry-backend';
import { createCrmHost } from './host/crm-host';
import { Card } from './ui/Card';

hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <Card
    services={{
      crm: createCrmHost(context, actions),
      backend: entryBackend(context),
      clock: { now: () => new Date() },
    }}
  />
));
