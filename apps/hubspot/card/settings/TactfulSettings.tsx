/**
 * The app settings component's entry (HubSpot platform 2025.2): HubSpot calls this on the app's
 * Settings tab. It wires the backend client (over `hubspot.fetch`), HubSpot's toast and clipboard
 * to the page.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { entryBackend } from '../host/entry-backend';
import { SettingsPage } from './SettingsPage';
import { languageIn } from '../../../../shared/i18n/language';
import { settingsLocales } from '../../../../shared/settings';

hubspot.extend<'settings'>(({ context, actions }) => (
  <SettingsPage
    backend={entryBackend(context)}
    addAlert={actions.addAlert}
    copyText={actions.copyTextToClipboard}
    locale={languageIn(context.user.locale, settingsLocales) ?? 'en'}
  />
));
