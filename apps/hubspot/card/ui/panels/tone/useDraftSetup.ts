/**
 * What the draft box needs before the agent types: the contact (their language, name and balance,
 * for the locale and the templates) and the portal's settings (company phrases, blocking
 * categories, the company name and payment link). Either may fail; the draft box still works,
 * with the defaults and a note saying what is missing.
 */
import { useCallback } from 'react';
import { ok, type Result } from '../../../../../../shared/ports';
import { defaultSettings } from '../../../../../../shared/settings';
import { readCustomerAccount, type Balance, type Customer } from '../../../host/customer-account';
import { balanceProperties, standardContactProperties } from '../../../../contract/properties';
import { loadPortalSettings, type PortalSettings } from '../../../settings/portal-settings';
import { errorText } from '../../backend-error-text';
import { useCardI18n } from '../../i18n';
import { useCardServices } from '../../services';
import { useLoaded, type Loaded } from '../../use-loaded';

/** The contact as the draft box uses it. */
export interface DraftContact {
  customer: Customer;
  /** Absent when no balance is recorded or it could not be read. */
  balance?: Balance;
}

/** The draft box's starting point. */
export interface DraftSetup {
  /** Undefined when the contact could not be read. */
  contact?: DraftContact;
  /** The portal's settings, or the defaults when they could not be loaded. */
  portal: PortalSettings;
  /** Why something is missing (the contact, or the portal's settings), one sentence each. */
  notes: string[];
}

const draftPropertyNames = [
  ...Object.values(standardContactProperties),
  ...Object.values(balanceProperties),
];

/** Loads the contact and the portal's settings side by side; never fails as a whole. */
export function useDraftSetup(): Loaded<DraftSetup, never> {
  const { crm, backend } = useCardServices();
  const { t } = useCardI18n();
  const load = useCallback(async (): Promise<Result<DraftSetup, never>> => {
    const [properties, settings] = await Promise.all([
      crm.readProperties(draftPropertyNames),
      loadPortalSettings(backend),
    ]);
    const notes: string[] = [];
    let contact: DraftContact | undefined;
    const account = properties.ok ? readCustomerAccount(properties.value) : undefined;
    if (account?.ok) {
      const { customer, balance } = account.value;
      contact = { customer, ...(balance.kind === 'set' ? { balance: balance.balance } : {}) };
    } else {
      notes.push(t('card.tone.contactUnreadable'));
    }
    let portal: PortalSettings = { settings: defaultSettings };
    if (settings.ok) {
      portal = settings.value;
      if (settings.value.problems.length > 0) {
        notes.push(t('card.tone.settingsNeedAttention'));
      }
    } else {
      notes.push(
        t('card.tone.settingsUnavailable', { problem: errorText(t, settings.error.code).title }),
      );
    }
    return ok({ contact, portal, notes });
  }, [crm, backend, t]);
  return useLoaded(load).state;
}
