/**
 * The app home page's entry (HubSpot platform 2025.2, `"type": "page"`, `"location": "home"`):
 * HubSpot calls this when a user opens Tactful from the Marketplace menu. It wires the backend
 * client (over `hubspot.fetch`, signed for the user: the backend decides what they may see),
 * HubSpot's clipboard and toast, the user's language and the portal's time zone to the page.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { entryBackend } from '../host/entry-backend';
import { OutcomesPage } from './OutcomesPage';

hubspot.extend<'home'>(({ context, actions }) => (
  <OutcomesPage
    backend={entryBackend(context)}
    locale={context.user.locale ?? 'en-US'}
    portalId={context.portal.id}
    timeZone={context.portal.timezone}
    copyText={actions.copyTextToClipboard}
    addAlert={actions.addAlert}
  />
));
