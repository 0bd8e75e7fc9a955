/**
 * What the tone panel's draft box needs before the agent types: the contact (their language, name
 * and balance, for the locale and the templates) and the portal's settings (company phrases,
 * blocking categories, the company name and payment link). Either may fail; the draft box still
 * works, with the defaults and notes (codes) saying what is missing.
 */
import { ok, type Result } from '../../../../shared/ports';
import { defaultSettings } from '../../../../shared/settings';
import type { PortalSettings } from '../settings/portal-settings';
import { readAccountAndSettings } from './account-and-settings';
import type { BackendClient, BackendErrorCode } from './backend-client';
import type { CrmHost } from './crm-host';
import { readCustomerAccount, type Balance, type Customer } from './customer-account';

/** The contact as the draft box uses it. */
export interface DraftContact {
  customer: Customer;
  /** Absent when no balance is recorded or it could not be read. */
  balance?: Balance;
}

/** What the setup had to do without, for the agent to know. */
export type DraftNote =
  | { readonly code: 'contact-unreadable' | 'settings-need-attention' }
  | { readonly code: 'settings-unavailable'; readonly error: BackendErrorCode };

/** The draft box's starting point. */
export interface DraftSetup {
  /** Undefined when the contact could not be read. */
  contact?: DraftContact;
  /** The portal's settings, or the defaults when they could not be loaded. */
  portal: PortalSettings;
  notes: DraftNote[];
}

/** Loads the contact and the portal's settings side by side; never fails as a whole. */
export async function openDraftSetup(
  crm: CrmHost,
  backend: BackendClient,
): Promise<Result<DraftSetup, never>> {
  const { properties, portal: settings } = await readAccountAndSettings(crm, backend);
  const notes: DraftNote[] = [];
  const account = properties.ok ? readCustomerAccount(properties.value) : undefined;
  let contact: DraftContact | undefined;
  if (account?.ok) {
    const { customer, balance } = account.value;
    contact = { customer, ...(balance.kind === 'set' ? { balance: balance.balance } : {}) };
  } else notes.push({ code: 'contact-unreadable' });
  if (!settings.ok) notes.push({ code: 'settings-unavailable', error: settings.error.code });
  else if (settings.value.problems.length > 0) notes.push({ code: 'settings-need-attention' });
  const portal = settings.ok ? settings.value : { settings: defaultSettings };
  return ok({ ...(contact === undefined ? {} : { contact }), portal, notes });
}
