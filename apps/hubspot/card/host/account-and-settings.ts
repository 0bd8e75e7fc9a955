/**
 * What the plans and tone panels both start from: the contact's account properties (who the
 * customer is and their balance) and the portal's settings, read side by side. Each panel decides
 * what a failure of either means for it.
 */
import type { Result } from '../../../../shared/ports';
import { balanceProperties, standardContactProperties } from '../../contract/properties';
import { loadPortalSettings, type LoadedPortalSettings } from '../settings/portal-settings';
import type { BackendClient, BackendError } from './backend-client';
import type { CrmHost, CrmReadError } from './crm-host';

/** The contact properties the plans and tone panels read: who the customer is and their balance. */
export const accountPropertyNames = [
  ...Object.values(standardContactProperties),
  ...Object.values(balanceProperties),
];

/** The two reads, each as it came back. */
export interface AccountAndSettings {
  properties: Result<Record<string, unknown>, CrmReadError>;
  portal: Result<LoadedPortalSettings, BackendError>;
}

/** Reads the contact's account properties and the portal's settings at the same time. */
export async function readAccountAndSettings(
  crm: CrmHost,
  backend: BackendClient,
): Promise<AccountAndSettings> {
  const [properties, portal] = await Promise.all([
    crm.readProperties(accountPropertyNames),
    loadPortalSettings(backend),
  ]);
  return { properties, portal };
}
