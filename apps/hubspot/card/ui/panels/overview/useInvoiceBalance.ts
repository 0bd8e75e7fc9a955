/**
 * The invoice slot's controller: asks our backend for the balance due on the contact's HubSpot
 * invoices and describes it for the reader. A failure here leaves the rest of the card alone.
 */
import { useCallback } from 'react';
import { ok, type Result } from '../../../../../../shared/ports';
import type { BackendError } from '../../../host/backend-client';
import { loadInvoiceBalance } from '../../../host/invoice-balance';
import { describeInvoiceBalance, type InvoiceBalanceView } from '../../../view/account-overview';
import { useCardServices } from '../../services';
import { useLoaded } from '../../use-loaded';
import type { Load } from '../../Loadable';

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
