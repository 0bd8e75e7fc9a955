/**
 * Reads the contact's collections state from HubSpot: balance, currency and due date, the flags set,
 * time zone and language, and any HubSpot invoices. A property HubSpot holds that we cannot read
 * (a balance with too many decimals, an unknown currency) is reported by name, never guessed.
 */
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { decodeHubSpotTimeZone } from '../../../../shared/calendar/hubspot-timezone';
import { parseDecimal, toDecimal } from '../../../../shared/money/money';
import {
  calendarDateSchema,
  decimalAmountSchema,
  flagKinds,
  flagSources,
  hubspotIdSchema,
  type ContactCollections,
  type ContactFlag,
  type Invoice,
  type MoneyAmount,
} from '../../contract';
import type { BackendError } from '../errors';
import { balanceProperties, collectionsPropertyNames, flagProperty } from './collectionsProperties';
import { batchReadReply } from './engagements';
import type { HubSpotCaller } from './hubspotCaller';

const contactReply = z
  .object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) })
  .loose();
const associationsReply = z
  .object({ results: z.array(z.object({ toObjectId: z.union([z.number(), z.string()]) }).loose()) })
  .loose();

const invoiceProperties = [
  'hs_number',
  'hs_invoice_status',
  'hs_due_date',
  'hs_amount_billed',
  'hs_balance_due',
  'hs_currency',
];

/** A calendar date from HubSpot's date property (`2026-11-25`, or midnight UTC as ISO or epoch ms). */
export function calendarDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let day = value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const millis = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    // Past ±8.64e15 ms a Date is invalid and toISOString throws: such a value is unreadable, not a crash.
    const date = new Date(millis);
    if (Number.isNaN(date.getTime())) return undefined;
    day = date.toISOString().slice(0, 10);
  }
  // What the card is promised: a real date with a four-digit year (not 2026-13-45, not +010000-01).
  return calendarDateSchema.safeParse(day).success ? day : undefined;
}

function amount(
  value: string | null | undefined,
  currency: string | undefined,
): MoneyAmount | undefined | 'unreadable' {
  if (!value) return undefined;
  if (!currency) return 'unreadable';
  const parsed = parseDecimal(value, currency);
  if (!parsed.ok) return 'unreadable';
  // The contract carries amounts owed: never negative, at most 15 digits before the point.
  const decimal = toDecimal(parsed.value);
  return decimalAmountSchema.safeParse(decimal).success
    ? { amount: decimal, currency }
    : 'unreadable';
}

/** The flags set in a contact's properties. */
export function flagsFrom(
  properties: Record<string, string | null>,
  unreadable: string[],
): ContactFlag[] {
  const flags: ContactFlag[] = [];
  for (const kind of flagKinds) {
    const sinceRaw = properties[flagProperty(kind, 'since')];
    if (!sinceRaw) continue;
    const since = calendarDate(sinceRaw);
    const source = z
      .enum(flagSources)
      .safeParse(properties[flagProperty(kind, 'source')] ?? 'agent');
    if (!since) {
      unreadable.push(flagProperty(kind, 'since'));
      continue;
    }
    flags.push({
      kind,
      since,
      source: source.success ? source.data : 'agent',
      reason: (properties[flagProperty(kind, 'reason')] ?? '').slice(0, 500),
    });
  }
  return flags;
}

/** Reads the collections view of one contact. */
export async function readContactCollections(
  hubspot: HubSpotCaller,
  contactId: string,
): Promise<Result<ContactCollections, BackendError>> {
  const [contact, invoices] = await Promise.all([
    hubspot.call(
      {
        method: 'GET',
        path: `/crm/v3/objects/contacts/${contactId}`,
        query: { properties: collectionsPropertyNames.join(',') },
        repeatable: true,
        operation: 'contacts.read',
      },
      contactReply,
    ),
    readInvoices(hubspot, contactId),
  ]);
  if (!contact.ok) return contact;
  if (!invoices.ok) return invoices;
  const p = contact.value.properties;
  const unreadable: string[] = [...invoices.value.unreadable];
  const currency = p[balanceProperties.currency]?.trim().toUpperCase() || undefined;
  const balance = amount(p[balanceProperties.balance], currency);
  if (balance === 'unreadable') unreadable.push(balanceProperties.balance);
  const due = calendarDate(p[balanceProperties.due]);
  if (p[balanceProperties.due] && !due) unreadable.push(balanceProperties.due);
  const timeZone = decodeHubSpotTimeZone(p.hs_timezone);
  const flags = flagsFrom(p, unreadable);
  return ok({
    contactId,
    ...(balance && balance !== 'unreadable' ? { balance } : {}),
    ...(due ? { due } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(p.hs_language ? { language: p.hs_language } : {}),
    flags,
    invoices: invoices.value.invoices,
    unreadable,
  });
}

async function readInvoices(
  hubspot: HubSpotCaller,
  contactId: string,
): Promise<Result<{ invoices: Invoice[]; unreadable: string[] }, BackendError>> {
  const links = await hubspot.call(
    {
      method: 'GET',
      path: `/crm/v4/objects/contacts/${contactId}/associations/invoices`,
      query: { limit: '100' },
      repeatable: true,
      operation: 'invoices.associations',
    },
    associationsReply,
  );
  // Invoices are an optional scope (apps/hubspot/scopes.ts): without it the card simply shows none.
  // Listing the associations needs only the contacts scope, so it is the batch read that HubSpot
  // refuses with 403 when the portal did not grant crm.objects.invoices.read.
  const noInvoices = ok({ invoices: [], unreadable: [] });
  if (!links.ok) return links.error.code === 'missing-scope' ? noInvoices : err(links.error);
  const ids = links.value.results.map((link) => String(link.toObjectId));
  if (ids.length === 0) return ok({ invoices: [], unreadable: [] });
  const records = await hubspot.call(
    {
      method: 'POST',
      path: '/crm/v3/objects/invoices/batch/read',
      body: { inputs: ids.map((id) => ({ id })), properties: invoiceProperties },
      repeatable: true,
      operation: 'invoices.batch-read',
    },
    batchReadReply,
  );
  if (!records.ok) return records.error.code === 'missing-scope' ? noInvoices : records;
  const unreadable: string[] = [];
  const invoices = records.value.results.flatMap((record): Invoice[] => {
    // The card is promised digit ids; an invoice HubSpot names otherwise cannot be shown or linked.
    if (!hubspotIdSchema.safeParse(record.id).success) {
      unreadable.push('invoice id');
      return [];
    }
    const p = record.properties;
    const currency = p.hs_currency?.toUpperCase() || undefined;
    const billed = amount(p.hs_amount_billed, currency);
    const balanceDue = amount(p.hs_balance_due, currency);
    if (billed === 'unreadable' || balanceDue === 'unreadable')
      unreadable.push(`invoice ${record.id}`);
    const due = calendarDate(p.hs_due_date);
    return [
      {
        id: record.id,
        ...(p.hs_number ? { number: p.hs_number } : {}),
        ...(p.hs_invoice_status ? { status: p.hs_invoice_status } : {}),
        ...(due ? { due } : {}),
        ...(billed && billed !== 'unreadable' ? { amountBilled: billed } : {}),
        ...(balanceDue && balanceDue !== 'unreadable' ? { balanceDue } : {}),
      },
    ];
  });
  return ok({ invoices, unreadable });
}
