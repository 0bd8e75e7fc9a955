// What the card asks our backend for when an agent opens it on a contact: every panel rendered
// with HubSpot's test renderer, the backend played by msw, each request the card sends recorded.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Button, ErrorState, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { backendPaths, languagePaths } from '../../apps/hubspot/contract';
import {
  collectionsHandler,
  createTestServices,
  emptyPortalHandlers,
  testBackendUrl,
  testContactId,
  patiently,
} from './factories';

const contact = String(testContactId);
const engagementsUrl = `${testBackendUrl}${backendPaths.engagements(contact)}`;

/** Every request the card sends to the backend, as `METHOD /path?query`, in order. */
let seen: string[] = [];
function record({ request }: { request: Request }) {
  const url = new URL(request.url);
  if (url.origin === testBackendUrl) seen.push(`${request.method} ${url.pathname}${url.search}`);
}

beforeEach(() => {
  seen = [];
  server.events.on('request:start', record);
  server.use(...emptyPortalHandlers(), collectionsHandler());
});
afterEach(() => {
  server.events.removeListener('request:start', record);
});

function openCard() {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<Card services={createTestServices()} />);
  return renderer;
}

type Rendered = ReturnType<typeof createRenderer>;

/** Waits until `find` finds what it looks for (it throws until then). */
const untilFound = (renderer: Rendered, find: () => unknown) =>
  renderer.waitFor(() => expect(find()).toBeTruthy(), patiently);

/** Waits until every panel has finished opening: tone, plans (with the current plan), history. */
async function everyPanelOpen(renderer: Rendered) {
  await untilFound(renderer, () => renderer.findByTestId(TextArea, 'draft'));
  await untilFound(renderer, () => renderer.findByTestId(Text, 'current-plan-none'));
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Text, 'history-summary-daysPastDue').text).toContain('24'),
    patiently,
  );
}

describe('HubSpot card: backend requests on open', () => {
  it('reads the collections, the settings and the first page of engagements once each', async () => {
    const renderer = openCard();
    await everyPanelOpen(renderer);
    // Before: 7 (collections by the overview and the history panel, settings by the tone, plans
    // and history panels, engagements by the history panel (20 a type) and the plans panel (100)).
    // And the signals in the contact's newest inbound email, which the backend reads from the same
    // page of engagements (no model weights: the backend runs the engines).
    expect([...seen].sort()).toEqual([
      `GET ${backendPaths.collections(contact)}`,
      `GET ${backendPaths.engagements(contact)}?limit=100`,
      `GET ${languagePaths.signals(contact)}?portalTimeZone=America%2FNew_York`,
      `GET ${backendPaths.settings}`,
    ]);
  });

  it('reads the engagements again for each panel’s Retry after the shared read failed', async () => {
    // The backend fails the first read, and answers only once the plans panel has opened, so both
    // panels are waiting for that read when it fails.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      // The signals section's read stands apart from this failure (the backend reads HubSpot for it).
      http.get(`${testBackendUrl}${languagePaths.signals(contact)}`, () =>
        HttpResponse.json({
          hasMessage: false,
          view: { items: [] },
          today: '2026-11-25',
          setFlags: [],
        }),
      ),
      http.get(
        engagementsUrl,
        async () => {
          await answered;
          return HttpResponse.json({}, { status: 503 });
        },
        { once: true },
      ),
    );
    const renderer = openCard();
    await untilFound(renderer, () => renderer.findByTestId(Text, 'plans-balance'));
    answer();
    // One failed read, seen by both panels that needed it.
    await untilFound(renderer, () => renderer.findByTestId(ErrorState, 'current-plan-error'));
    await untilFound(renderer, () => renderer.findByTestId(ErrorState, 'history-error'));
    const engagementReads = () => seen.filter((request) => request.includes('/engagements'));
    expect(engagementReads()).toHaveLength(1);

    renderer.findByTestId(Button, 'current-plan-retry').trigger('onClick');
    await untilFound(renderer, () => renderer.findByTestId(Text, 'current-plan-none'));
    expect(engagementReads()).toHaveLength(2);
    // The history panel still shows its own error until the agent retries it there.
    expect(renderer.findByTestId(ErrorState, 'history-error')).toBeTruthy();
    renderer.findByTestId(Button, 'history-retry').trigger('onClick');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'history-summary-daysPastDue').text).toContain('24'),
      patiently,
    );
    expect(engagementReads()).toHaveLength(3);
  });
});
