/**
 * The balance due on the contact's HubSpot invoices, read through our backend (the card's OAuth
 * app cannot read invoices itself). The reply schema is provisional: when the shared contract in
 * apps/hubspot/contract lands, import its schema and path here; nothing else changes.
 */
import { z } from 'zod';
import { parseDecimal, type Money } from '../../../../shared/money/money';
import { err, ok, type Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from './backend-client';

/** The open balance on the contact's invoices, one amount per currency. */
export interface InvoiceBalance {
  /** Invoices with a balance still due. */
  openInvoices: number;
  balanceDue: Money[];
}

/** Backend path for a contact's invoice balance. */
export const invoiceBalancePath = (contactId: string): string =>
  `/v1/contacts/${encodeURIComponent(contactId)}/invoice-balance`;

/** The backend's reply (amounts as decimal strings in the currency's precision). */
export const invoiceBalanceReply = z.object({
  openInvoices: z.number().int().nonnegative(),
  balanceDue: z.array(z.object({ amount: z.string(), currency: z.string() })),
});

/** Loads the contact's invoice balance; a reply with an unreadable amount is `malformed-reply`. */
export async function loadInvoiceBalance(
  backend: BackendClient,
  contactId: string,
): Promise<Result<InvoiceBalance, BackendError>> {
  const reply = await backend.request({ path: invoiceBalancePath(contactId) }, invoiceBalanceReply);
  if (!reply.ok) return reply;
  const balanceDue: Money[] = [];
  for (const due of reply.value.balanceDue) {
    const amount = parseDecimal(due.amount, due.currency);
    if (!amount.ok) {
      return err({ code: 'malformed-reply', message: `Invoice balance: ${amount.error.message}` });
    }
    balanceDue.push(amount.value);
  }
  return ok({ openInvoices: reply.value.openInvoices, balanceDue });
}
