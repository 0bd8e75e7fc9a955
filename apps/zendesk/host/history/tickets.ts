/**
 * The customer's requested tickets (newest first, one cursor page at a time) and, on request, a
 * ticket's public replies and internal notes, mapped to contact events. Voice tickets are calls.
 */
import * as z from 'zod/mini';
import { parseContactEvents, type ContactEvent } from '../../../../shared/history';
import { fetchPage } from '../../../../shared/http';
import { zendeskCommentSchema, zendeskCommentsPageSchema } from '../zendesk-comments';
import { zendeskCursorFields, zendeskNextPath } from '../zendesk-cursor';
import type { PageOptions } from '../../../../shared/http';
import { err, ok, type HttpError, type HttpPort, type Result } from '../../../../shared/ports';
import { requestedTicketsPath } from '../user-paths';
import { channelForVia } from './channels';

export { requestedTicketsPath, ticketPageSize } from '../user-paths';

/** Comments read per ticket when the agent opens its replies. */
export const commentPageSize = 30;
const excerptLength = 200;

const viaSchema = z.looseObject({
  channel: z.string(),
  source: z.nullish(z.looseObject({ rel: z.nullish(z.string()) })),
});

const ticketSchema = z.looseObject({
  id: z.int(),
  subject: z.nullish(z.string()),
  status: z.string(),
  requester_id: z.int(),
  submitter_id: z.nullish(z.int()),
  via: viaSchema,
  created_at: z.string(),
  updated_at: z.string(),
});

const ticketsPageSchema = z.object({ tickets: z.array(ticketSchema), ...zendeskCursorFields });

// A ticket's replies and notes, each with how it came in (a voice comment is a call).
const commentsPageSchema = zendeskCommentsPageSchema(
  z.extend(zendeskCommentSchema, { via: z.nullish(viaSchema) }),
);

/** A requested ticket as the timeline shows it: its opening event and what is needed to open it. */
export interface TicketEntry {
  readonly ticketId: number;
  readonly status: string;
  readonly subject: string;
  /** The ticket's opening touch (`ticket-<id>`); replaced by its comments once they are read. */
  readonly event: ContactEvent;
}

/** One page of requested tickets and where the next page is (undefined on the last page). */
export interface TicketPage {
  readonly tickets: readonly TicketEntry[];
  readonly nextPath: string | undefined;
}

/** A short single-line excerpt, for display as text. */
function excerpt(text: string | null | undefined): string | undefined {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat === '') return undefined;
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat;
}

/** Events that failed the core's own schema mean the mapping met something unexpected. */
function malformed(message: string): { ok: false; error: HttpError } {
  return err({ code: 'malformed-reply', message });
}

/** A voice ticket's outcome from Zendesk Talk's `via.source.rel` (voicemail, or a live call). */
function callOutcome(rel: string | null | undefined): 'voicemail' | 'conversation' {
  return rel === 'voicemail' ? 'voicemail' : 'conversation';
}

/**
 * Reads one page of the customer's requested tickets (`path` from the previous page, or the first).
 * The next page is always a path on the account; give `retry.origin` (the account's origin) to also
 * refuse a next-page link that names another host.
 */
export async function readTicketPage(
  http: HttpPort,
  retry: PageOptions,
  userId: number,
  path: string = requestedTicketsPath(userId),
): Promise<Result<TicketPage, HttpError>> {
  const page = await fetchPage(http, path, ticketsPageSchema, zendeskNextPath, retry);
  if (!page.ok) return page;
  const tickets = page.value.body.tickets;
  const raw = tickets.map((ticket) => {
    const channel = channelForVia(ticket.via.channel);
    // A ticket someone else submitted for the requester is us reaching out.
    const outbound = ticket.submitter_id != null && ticket.submitter_id !== ticket.requester_id;
    return {
      id: `ticket-${ticket.id}`,
      at: ticket.created_at,
      channel,
      direction: outbound || ticket.via.source?.rel === 'outbound' ? 'outbound' : 'inbound',
      outcome: channel === 'call' ? callOutcome(ticket.via.source?.rel) : 'unknown',
      excerpt: excerpt(ticket.subject),
    };
  });
  const events = parseContactEvents(raw);
  if (!events.ok) return malformed(`A ticket could not be read: ${events.error.message}`);
  const entries: TicketEntry[] = [];
  tickets.forEach((ticket, index) => {
    const event = events.value[index];
    if (event) {
      entries.push({
        ticketId: ticket.id,
        status: ticket.status,
        subject: ticket.subject ?? '',
        event,
      });
    }
  });
  return ok({ tickets: entries, nextPath: page.value.nextPath });
}

/**
 * A ticket's public replies and internal notes as events, newest first (one page of
 * {@link commentPageSize}). The requester's comments are inbound; everyone else's outbound; notes
 * are `note` events.
 */
export async function readTicketReplies(
  http: HttpPort,
  retry: PageOptions,
  ticketId: number,
  requesterId: number,
  fallbackVia: string,
): Promise<Result<ContactEvent[], HttpError>> {
  const path = `/api/v2/tickets/${ticketId}/comments.json?sort=-created_at&page[size]=${commentPageSize}`;
  const page = await fetchPage(http, path, commentsPageSchema, zendeskNextPath, retry);
  if (!page.ok) return page;
  const raw = page.value.body.comments.map((comment) => {
    const channel = comment.public ? channelForVia(comment.via?.channel ?? fallbackVia) : 'note';
    const inbound = comment.public && comment.author_id === requesterId;
    return {
      id: `comment-${comment.id}`,
      at: comment.created_at,
      channel,
      direction: inbound ? 'inbound' : 'outbound',
      outcome: channel === 'call' ? 'conversation' : inbound ? 'unknown' : 'sent',
      excerpt: excerpt(comment.plain_body ?? comment.body),
    };
  });
  const events = parseContactEvents(raw);
  if (!events.ok) return malformed(`A reply could not be read: ${events.error.message}`);
  return ok(events.value);
}
