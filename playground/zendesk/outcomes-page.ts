/**
 * The Zendesk outcomes page's script: the real built app in the nav_bar location, filling the
 * agent workspace's main pane, for an admin, over the mock account and its seeded 12 weeks of plan
 * history (mocks/zendesk/outcome-history.ts), hosted by the ZAF host emulator.
 */
import { TicketModel } from '../../mocks/zendesk/ticket-model';
import { createZafHost } from '../../mocks/zendesk/zaf-host';
import { element, readConfig, routeZendeskApiHere } from '../page/page-kit';

const config = readConfig();
const appOrigin = new URL(config.zendeskAppUrl).origin;
const iframe = element('app', HTMLIFrameElement);
routeZendeskApiHere();

const agentLocale =
  new URLSearchParams(location.search).get('agentLocale') === 'es' ? 'es' : 'en-US';
const model = new TicketModel({
  location: 'nav_bar',
  currentUser: { id: 7, locale: agentLocale, role: 'admin' },
  settings: { default_time_zone: 'America/New_York' },
});
const host = createZafHost(
  model,
  (message) => iframe.contentWindow?.postMessage(message, appOrigin),
  { appGuid: config.appGuid },
);
window.addEventListener('message', (event) => {
  if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
  host.receive(event.data);
});
iframe.src = `${config.zendeskAppUrl}/assets/index.html?origin=${encodeURIComponent(location.origin)}&app_guid=${encodeURIComponent(config.appGuid)}`;
