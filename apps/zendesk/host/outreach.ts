/**
 * The new-ticket outreach panel's reads and writes: who the agent is writing to (the requester they
 * chose, with their recent tickets as contact events and the language to write in), and filling the
 * reply with an outreach template rendered for them.
 */
import type { ContactEvent } from '../../../shared/history';
import { err, ok, type Result } from '../../../shared/ports';
import type { TemplateError, TemplateId } from '../../../shared/templates';
import { renderOutreach } from '../../../shared/templates/outreach-fill';
import { outreachLocale, type OutreachLocale } from '../../../shared/templates/outreach-locale';
import type { CustomerReadError } from './customer';
import { writeDraftText } from './draft';
import { openCustomerHistory, type HistoryCustomer, type HistoryReader } from './history';
import type { Sender } from './sender';
import { readRequesterLocale } from './ticket';
import type { HostError, ZafClient } from './zaf-client';

/** The chosen requester, as the outreach panel needs them. */
export interface Recipient {
  customer: HistoryCustomer;
  /** Their recent tickets as contact events (calls count towards the call limits). */
  events: readonly ContactEvent[];
  /** The language to write to them in, and the locale of their amounts and dates. */
  writeIn: OutreachLocale;
}

/** Whether the reply was filled, or the values missing or the host's refusal. */
export type FillResult = Result<void, TemplateError | HostError>;

/** The requester the agent chose on the new ticket; undefined before they pick one. */
export async function openRecipient(
  reader: HistoryReader,
  defaultLocale: string | undefined,
  now: Date,
): Promise<Result<Recipient | undefined, CustomerReadError>> {
  const [opened, requester] = await Promise.all([
    openCustomerHistory(reader, 'new_ticket_sidebar', now),
    readRequesterLocale(reader.client),
  ]);
  if (!opened.ok || opened.value === undefined) return opened.ok ? ok(undefined) : opened;
  const { customer, page } = opened.value;
  return ok({
    customer,
    events: page.tickets.map((ticket) => ticket.event),
    writeIn: outreachLocale(requester.ok ? requester.value : undefined, defaultLocale),
  });
}

/** Renders template `id` for `recipient` and puts it in the reply; nothing is written if it cannot. */
export async function fillReplyFor(
  client: ZafClient,
  recipient: Recipient,
  fill: { id: TemplateId; sender: Sender; paymentLink: string },
): Promise<FillResult> {
  const { customer, writeIn } = recipient;
  const { sender, paymentLink } = fill;
  const body = renderOutreach(fill.id, writeIn, { customer, sender, paymentLink });
  if (!body.ok) return err(body.error);
  return writeDraftText(client, body.value);
}
