/**
 * The overview panel's loads: the contact's properties through the CRM host, parsed into a
 * customer account and described for the reader (reloaded in place when the record changes); and
 * the balance due on the contact's HubSpot invoices, through our backend, whose failure leaves
 * the rest of the card alone.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { ok, type Result } from '../../../../../../shared/ports';
import { collectionsPropertyNames } from '../../../../contract/properties';
import type { BackendError } from '../../../host/backend-client';
import { loadInvoiceBalance } from '../../../host/invoice-balance';
import {
  describeInvoiceBalance,
  overviewOf,
  type AccountOverview,
  type InvoiceBalanceView,
} from '../../../view/account-overview';
import { useCardI18n } from '../../i18n';
import { useCardServices } from '../../services';
import type { Failure, Load } from '../../Loadable';
import { useLoaded } from '../../../../../react/load';

/** The overview's state and a retry. */
export function useAccountOverview(): Load<AccountOverview> {
  const { crm, clock } = useCardServices();
  const { t } = useCardI18n();
  const load = useCallback(async (): Promise<Result<AccountOverview, Failure>> => {
    const properties = await crm.readProperties(collectionsPropertyNames);
    const { userLocale: locale, portalTimeZone: fallbackZone } = crm.scope;
    return overviewOf(properties, { now: clock.now(), fallbackZone, locale, t });
  }, [crm, clock, t]);
  const { state, reload, refresh } = useLoaded(load);
  // An edit on the record page updates the card in place, without a loading flash.
  const watched = useMemo(() => [...collectionsPropertyNames], []);
  useEffect(() => crm.watchProperties(watched, refresh), [crm, watched, refresh]);
  return { state, retry: reload };
}

/** The invoice balance's state and a retry. */
export function useInvoiceBalance(): Load<InvoiceBalanceView> {
  const { crm, backend } = useCardServices();
  const load = useCallback(async (): Promise<Result<InvoiceBalanceView, BackendError>> => {
    const balance = await loadInvoiceBalance(backend, crm.scope.contactId);
    if (!balance.ok) return balance;
    return ok(describeInvoiceBalance(balance.value, crm.scope.userLocale));
  }, [backend, crm]);
  const { state, reload } = useLoaded(load);
  return { state, retry: reload };
}
