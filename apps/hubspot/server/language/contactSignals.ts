/**
 * The signals in a contact's newest inbound email (issue 20), read in the backend's memory: the
 * email's text comes with the same first page of engagements the card's history reads (one HubSpot
 * read, kept a few seconds by the contact cache; the card's page never carries the text), the contact's language, time zone, currency and
 * flags from the collections read. The text is read in the customer's language and never stored
 * or logged; only the signals leave, as the section shows them.
 */
import { decodeHubSpotTimeZone } from '../../../../shared/calendar/hubspot-timezone';
import { customerMessageText, looksLikeHtml } from '../../../../shared/signals/message-text';
import { messageReader } from '../../../../shared/signals/reader';
import { signalsView } from '../../../../shared/signals/view';
import {
  signalsReplySchema,
  type ContactCollections,
  type LatestInboundEmail,
  type SignalsReply,
} from '../../contract';
import { installShippedModels } from '../models/shippedModels';

/** What the read needs: the newest inbound email and the collections, the portal's zone, now. */
export interface ContactSignalsInput {
  /** The contact's newest inbound email, when they have written. */
  latestInboundEmail: LatestInboundEmail | undefined;
  collections: ContactCollections;
  /** The portal's IANA zone (or HubSpot's encoding of it), for a contact without one. */
  portalTimeZone: string | undefined;
  now: Date;
}

/** The section's reply for the contact: their newest inbound email's signals, safety first. */
export function contactSignals(input: ContactSignalsInput): SignalsReply {
  installShippedModels();
  const { latestInboundEmail: email, collections: contact } = input;
  const text = email
    ? customerMessageText(looksLikeHtml(email.text) ? { html: email.text } : { text: email.text })
    : '';
  const { today, read } = messageReader(
    {
      language: contact.language,
      timeZone:
        decodeHubSpotTimeZone(contact.timeZone) ?? decodeHubSpotTimeZone(input.portalTimeZone),
      currency: contact.balance?.currency,
    },
    input.now,
  );
  const hasMessage = email !== undefined && text !== '';
  // Parsed, not cast: the view names its detail codes as any catalog key, the contract as the
  // sub-kinds, channels and places they are.
  return signalsReplySchema.parse({
    hasMessage,
    view: hasMessage ? signalsView([read(email.id, text, email.occurredAt)]) : { items: [] },
    today,
    setFlags: contact.flags.map((flag) => flag.kind),
  });
}
