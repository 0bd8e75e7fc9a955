/**
 * The HubSpot outcomes page's script: the app home page's real entry
 * (apps/hubspot/card/outcomes/TactfulOutcomes.tsx, as the project ships it) over the playground
 * backend, whose mock portal the server seeded with 12 weeks of plans, promises and tone events.
 * Drawn like the contact page: a remote root rendered with the preview's plain DOM components.
 * ?user=agent views it as agent 3002 (own figures only); ?locale=es-ES in Spanish.
 */
import './worker-globals';
import '../../apps/hubspot/card/outcomes/TactfulOutcomes';
import { addNotice, element, readConfig } from '../page/page-kit';
import { renderExtension } from './render-extension';

const config = readConfig();
const notices = element('notices', HTMLUListElement);
const clipboard = element('clipboard', HTMLPreElement);
const pageRoot = element('page', HTMLDivElement);
const query = new URLSearchParams(location.search);
const agent = query.get('user') === 'agent';

const context = {
  location: 'home',
  user: {
    id: agent ? 3002 : 3001,
    email: agent ? 'agent@example.com' : 'playground.agent@example.com',
    emails: [],
    firstName: agent ? 'Sam' : 'Alex',
    lastName: 'Agent',
    roles: [],
    teams: [],
    permissions: agent ? [] : ['integrations-management-write'],
    locale: query.get('locale') ?? 'en-US',
  },
  portal: { id: config.hubspotPortalId, timezone: 'UTC' },
  extension: { appId: 4242, appName: 'Tactful' },
  variables: {},
};
const actions = {
  addAlert: (alert: { type?: string; title?: string; message: string }) =>
    addNotice(notices, `${alert.type ?? 'info'}: ${alert.message}`),
  copyTextToClipboard: async (text: string) => {
    clipboard.textContent = text;
    await navigator.clipboard?.writeText(text).catch(() => undefined);
  },
};

renderExtension({ context, actions }, pageRoot);
