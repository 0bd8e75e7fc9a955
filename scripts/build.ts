// `npm run build`: the Zendesk app into dist/zendesk (+ zip) and the HubSpot project into dist/hubspot.
import { buildHubspot } from './build-hubspot';
import { buildZendesk } from './build-zendesk';

await buildZendesk();
await buildHubspot();
