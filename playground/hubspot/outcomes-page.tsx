/**
 * The HubSpot outcomes page's script: the app home page's real entry
 * (apps/hubspot/card/outcomes/TactfulOutcomes.tsx, as the project ships it) over the playground
 * backend, whose mock portal the server seeded with 12 weeks of plans, promises and tone events.
 * Drawn like the contact page: a remote root rendered with the preview's plain DOM components.
 * ?user=agent views it as agent 3002 (own figures only); ?locale=es-ES in Spanish.
 */
import { extension, provideExtensionApi } from './worker-globals';
import '../../apps/hubspot/card/outcomes/TactfulOutcomes';
import { createRemoteRoot } from '@remote-ui/core';
import { createRoot as createRemoteReactRoot } from '@remote-ui/react';
import { createController, createRemoteReceiver, RemoteRenderer } from '@remote-ui/react/host';
import { isValidElement } from 'react';
import { createRoot } from 'react-dom/client';
import { addNotice, element, readConfig } from '../page/page-kit';
import { previewComponents } from './preview-components';

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

provideExtensionApi({ context, actions });
const rendered = extension()({
  context,
  actions,
  runServerlessFunction: () => Promise.reject(new Error('not used')),
});
if (!isValidElement(rendered)) throw new Error('hubspot.extend did not return a React element');
const receiver = createRemoteReceiver();
const remoteRoot = createRemoteRoot(receiver.receive);
createRemoteReactRoot(remoteRoot).render(rendered);
void remoteRoot.mount();
const known = new Set(Object.keys(previewComponents));
const controller = createController(previewComponents, {
  renderComponent(props, { renderDefault }) {
    if (known.has(props.component.type)) return renderDefault();
    return (
      <p key={props.key} role="note" data-unsupported={props.component.type}>
        The preview has no component for {props.component.type}; add it to
        playground/hubspot/preview-components.tsx.
      </p>
    );
  },
});
createRoot(pageRoot).render(<RemoteRenderer receiver={receiver} controller={controller} />);
