/**
 * The balance due on the contact's HubSpot invoices, read through our backend's collections
 * endpoint (the contract in apps/hubspot/contract); the card's OAuth app cannot read invoices
 * itself. Amounts are summed per currency as exact Money.
 */
import { backendPaths, contactCollectionsSchema } from '../../contract';
import { add, parseDecimal, type Money } from '../../../../shared/money/money';
import { err, ok, type Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from './backend-client';

/** The open balance on the contact's invoices, one amount per currency. */
export interface InvoiceBalance {
  /** Invoices with a balance still due. */
  openInvoices: number;
  balanceDue: Money[];
}

/** Loads the contact's invoice balance; a reply with an unreadable amount is `malformed-reply`. */
export async function loadInvoiceBalance(
  backend: BackendClient,
  contactId: string,
): Promise<Result<InvoiceBalance, BackendError>> {
  const reply = await backend.request(
    { path: backendPaths.collections(contactId) },
    contactCollectionsSchema,
  );
  if (!reply.ok) return reply;
  const totals = new Map<string, Money>();
  let openInvoices = 0;
  for (const invoice of reply.value.invoices) {
    if (invoice.balanceDue === undefined) continue;
    const amount = parseDecimal(invoice.balanceDue.amount, invoice.balanceDue.currency);
    if (!amount.ok) {
      return err({ code: 'malformed-reply', message: `Invoice balance: ${amount.error.message}` });
    }
    if (amount.value.minor === 0n) continue;
    openInvoices += 1;
    const sofar = totals.get(amount.value.currency);
    totals.set(amount.value.currency, sofar ? add(sofar, amount.value) : amount.value);
  }
  return ok({ openInvoices, balanceDue: [...totals.values()] });
}
