/**
 * The HubSpot contact page's script: the contact's properties on the left, the real card in the
 * middle. The card's entry (apps/hubspot/card/TactfulCard.tsx, as the HubSpot project ships it)
 * runs against worker globals that play HubSpot's extension worker; what it renders goes into a
 * `@remote-ui/core` remote root (as `@hubspot/ui-extensions/testing` does) and is drawn here by
 * `@remote-ui/react/host` with plain DOM components (preview-components.tsx).
 */
import './worker-globals';
import '../../apps/hubspot/card/TactfulCard';
import { z } from 'zod';
import { addNotice, element, readConfig, wireFailureSwitch } from '../page/page-kit';
import { renderExtension } from './render-extension';

const config = readConfig();
const contactSelect = element('contact', HTMLSelectElement);
const failureSelect = element('failure', HTMLSelectElement);
const contactName = element('contact-name', HTMLHeadingElement);
const propertyList = element('contact-properties', HTMLElement);
const notices = element('notices', HTMLUListElement);
const clipboard = element('clipboard', HTMLParagraphElement);
const cardRoot = element('card', HTMLDivElement);

const contactsSchema = z.array(
  z.object({ id: z.string(), name: z.string(), currency: z.string().nullable() }),
);
const propertiesSchema = z.record(z.string(), z.string().nullable());

const contacts = contactsSchema.parse(await (await fetch('/hubspot-crm/contacts')).json());
for (const contact of contacts) {
  const option = document.createElement('option');
  option.value = contact.id;
  option.textContent = `${contact.name} (${contact.currency ?? 'no balance'})`;
  contactSelect.append(option);
}
const query = new URLSearchParams(location.search);
const chosen = query.get('contact');
const contact = contacts.find((candidate) => candidate.id === chosen) ?? contacts[0];
if (!contact) throw new Error('The mock portal has no contacts');
contactSelect.value = contact.id;
contactSelect.addEventListener('change', () => {
  const next = new URL(location.href);
  next.searchParams.set('contact', contactSelect.value);
  location.assign(next);
});
void wireFailureSwitch(failureSelect, 'hubspot');

async function readProperties(names: string[] | '*'): Promise<Record<string, string | null>> {
  const query = names === '*' ? '*' : names.join(',');
  const response = await fetch(
    `/hubspot-crm/contacts/${contact?.id ?? ''}?properties=${encodeURIComponent(query)}`,
  );
  if (!response.ok) throw new Error(`HubSpot answered ${response.status}`);
  return propertiesSchema.parse(await response.json());
}

async function showProperties(): Promise<Record<string, string | null>> {
  const properties = await readProperties('*');
  contactName.textContent =
    `${properties['firstname'] ?? ''} ${properties['lastname'] ?? ''}`.trim();
  const rows = Object.entries(properties).sort(([a], [b]) => a.localeCompare(b));
  propertyList.replaceChildren(
    ...rows.flatMap(([name, value]) => {
      const term = document.createElement('dt');
      term.textContent = name;
      const detail = document.createElement('dd');
      detail.textContent = value ?? '—';
      return [term, detail];
    }),
  );
  return properties;
}
await showProperties();

// HubSpot tells cards when the record's properties change; here that is after a backend write.
const propertyWatchers: Array<{
  names: string[] | '*';
  callback: (properties: Record<string, string>, error?: { message: string }) => void;
}> = [];
const notifyWatchers = async () => {
  const properties = await showProperties();
  const values = Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, value ?? '']),
  );
  for (const watcher of propertyWatchers) watcher.callback(values);
};

const context = {
  location: 'crm.record.tab',
  crm: { objectId: Number(contact.id), objectTypeId: '0-1' },
  user: {
    id: 3001,
    email: 'playground.agent@example.com',
    emails: ['playground.agent@example.com'],
    firstName: 'Alex',
    lastName: 'Agent',
    roles: [],
    teams: [],
    // The person trying the playground set the app up, so may manage it (the checklist shows);
    // ?user=agent views the card as an agent without that permission. ?locale=es-ES for Spanish.
    permissions: query.get('user') === 'agent' ? [] : ['integrations-management-write'],
    locale: query.get('locale') ?? 'en-US',
  },
  portal: { id: config.hubspotPortalId, timezone: 'America/New_York' },
  extension: { appId: 4242, appName: 'Tactful', cardTitle: 'Tactful' },
  variables: {},
};

const actions = {
  fetchCrmObjectProperties: async (names: string[] | '*') => readProperties(names),
  onCrmPropertiesUpdate: (
    names: string[] | '*',
    callback: (properties: Record<string, string>, error?: { message: string }) => void,
  ) => {
    propertyWatchers.push({ names, callback });
  },
  refreshObjectProperties: () => void notifyWatchers(),
  addAlert: (alert: { type?: string; title?: string; message: string }) =>
    addNotice(
      notices,
      `${alert.type ?? 'info'}: ${alert.title ? `${alert.title}: ` : ''}${alert.message}`,
    ),
  copyTextToClipboard: async (text: string) => {
    clipboard.textContent = text;
    // The real clipboard too, when the browser allows it (headless browsers usually do not).
    await navigator.clipboard?.writeText(text).catch(() => undefined);
  },
  reloadPage: () => location.reload(),
  openIframeModal: (payload: { uri: string }) => window.open(payload.uri, '_blank', 'noopener'),
  closeOverlay: () => {},
  navigateToPage: () => {},
};

// Backend writes (plans, promises, flags) change the contact: refresh what the page shows.
const relayFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const response = await relayFetch(input, init);
  if (input === '/hubspot-fetch' && response.ok && typeof init?.body === 'string') {
    if (!init.body.includes('"method":"GET"')) void notifyWatchers();
  }
  return response;
};

renderExtension({ context, actions }, cardRoot);
