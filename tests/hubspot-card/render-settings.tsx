// The settings page as HubSpot's settings tab renders it, for the settings and setup tests: our
// backend at testBackendUrl (msw answers), the SDK's toast and clipboard spies. Kept out of
// factories.ts, which must not load the SDK before the entry tests play HubSpot's worker.
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { createBackendClient } from '../../apps/hubspot/card/host/backend-client';
import { createFetchTransport } from '../../apps/hubspot/card/host/fetch-transport';
import { SettingsPage } from '../../apps/hubspot/card/settings/SettingsPage';
import type { SettingsLocale } from '../../shared/settings';
import { testBackendUrl } from './factories';

/** Renders the settings page in `locale` (English unless told) and returns the renderer. */
export function renderSettingsPage(locale: SettingsLocale = 'en') {
  const renderer = createRenderer('settings');
  renderer.render(
    <SettingsPage
      backend={createBackendClient({ baseUrl: testBackendUrl, transport: createFetchTransport() })}
      addAlert={renderer.mocks.actions.addAlert}
      copyText={renderer.mocks.actions.copyTextToClipboard}
      locale={locale}
    />,
  );
  return renderer;
}
