// The settings component's real entry file, loaded the way HubSpot loads it: in a (played)
// extension worker, where `hubspot.extend` registers the page and `hubspot.fetch` reaches our
// backend's settings endpoint at its public URL (served here by msw).
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendBaseUrl } from '../../apps/hubspot/card/host/backend-url';
import { backendPaths } from '../../apps/hubspot/contract';
import { defaultSettings } from '../../shared/settings';
import { createMockContext, loadSettingsEntry, patiently } from './factories';

describe('settings entry (TactfulSettings.tsx)', () => {
  it("registers with hubspot.extend and loads the portal's settings through hubspot.fetch", async () => {
    const { openEntry, components, createRenderer } = await loadSettingsEntry();
    const { Input } = components;

    server.use(
      http.get(`${backendBaseUrl}${backendPaths.settings}`, () =>
        HttpResponse.json({
          settings: { ...defaultSettings, outreach: { companyName: 'Acme Lending' } },
        }),
      ),
    );
    // The entry reads only the user's locale and addAlert, which a record context also carries.
    const element = openEntry(createMockContext({ user: { locale: 'es-ES' } }));
    const { render, waitFor, find } = createRenderer('settings');
    render(element);

    // Patient: the settings chunk and catalog load lazily, slow on a busy machine.
    await waitFor(
      () => expect(find(Input, { name: 'outreach.companyName' }).props.value).toBe('Acme Lending'),
      patiently,
    );
    // A Spanish-speaking admin reads the labels in Spanish.
    expect(find(Input, { name: 'policy.minInstalment' }).props.label).toBe('Cuota mínima');
  });
});
