// The card and the settings page name their portal and user in every request to our backend, from
// the extension context, because HubSpot promises no such thing on hubspot.fetch: its docs say the
// request carries HubSpot's signature headers and list no portalId or userId
// (https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data),
// and HubSpot's own legacy-card converter adds portalId and userId itself
// (HubSpot/ui-extensions-examples legacy-card-converter/src/app/cards/utils/queryParams.ts).
import { describe, expect, it, jest } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendBaseUrl } from '../../apps/hubspot/card/host/backend-url';
import { backendPaths } from '../../apps/hubspot/contract';
import { defaultSettings } from '../../shared/settings';
import {
  anyContactCollectionsHandler,
  createMockActions,
  createMockContext,
  emptyPortalHandlers,
  loadCardEntry,
  loadSettingsEntry,
  patiently,
} from './factories';

const callers = (urls: string[]) =>
  urls.map((url) => {
    const query = new URL(url).searchParams;
    return { portalId: query.get('portalId'), userId: query.get('userId') };
  });

describe('who is asking, in every backend request', () => {
  it('the contact card sends its portal and user on each of its opening requests', async () => {
    const { openEntry, components, createRenderer } = await loadCardEntry();
    const { Heading } = components;

    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.startsWith(backendBaseUrl)) seen.push(request.url);
    });
    server.use(
      ...emptyPortalHandlers(backendBaseUrl),
      anyContactCollectionsHandler(backendBaseUrl),
    );
    const element = openEntry(createMockContext({ portal: { id: 987654 }, user: { id: 31337 } }));
    const { render, waitFor, find } = createRenderer('crm.record.tab');
    render(element);
    await waitFor(() => expect(find(Heading).text).toBe('Maria Lopez'), patiently);
    server.events.removeAllListeners('request:start');

    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const caller of callers(seen))
      expect(caller).toEqual({ portalId: '987654', userId: '31337' });
  });

  it('the settings page saves as the signed-in user of its portal', async () => {
    const { openEntry, components, createRenderer } = await loadSettingsEntry();
    const { Button, Input } = components;

    const saves: string[] = [];
    server.use(
      http.get(`${backendBaseUrl}${backendPaths.settings}`, () =>
        HttpResponse.json({ settings: defaultSettings }),
      ),
      http.put(`${backendBaseUrl}${backendPaths.settings}`, async ({ request }) => {
        saves.push(request.url);
        return HttpResponse.json({ settings: defaultSettings });
      }),
    );
    const addAlert = jest.fn();
    const element = openEntry(
      createMockContext({ portal: { id: 555 }, user: { id: 3001 } }),
      Object.assign(createMockActions(), { addAlert }),
    );
    const { render, waitFor, find, findAll } = createRenderer('settings');
    render(element);
    await waitFor(
      () => expect(find(Input, { name: 'outreach.companyName' })).toBeTruthy(),
      patiently,
    );
    const save = findAll(Button).find((button) => /save/i.test(button.text ?? ''));
    if (!save) throw new Error('no Save button on the settings page');
    save.trigger('onClick');
    await waitFor(() => expect(saves).toHaveLength(1), patiently);
    expect(callers(saves)).toEqual([{ portalId: '555', userId: '3001' }]);
  });
});
