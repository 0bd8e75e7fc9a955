/**
 * What HubSpot and our backend give each of Tactful's own pages (the home page's outcomes and the
 * settings page), as their entries wire them; each page adds what only it needs.
 */
import type { AddAlertAction } from '@hubspot/ui-extensions';
import type { BackendClient } from '../host/backend-client';

export interface PageHost {
  /** Our backend, over `hubspot.fetch`, signed for the user. */
  backend: BackendClient;
  /** HubSpot's toast, to confirm what the page did. */
  addAlert: AddAlertAction;
  /** HubSpot's clipboard: a UI extension cannot start a download, so files go here. */
  copyText: (text: string) => Promise<void>;
}
