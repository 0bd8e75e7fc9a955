/**
 * The customer's own latest words on the open ticket, for the signals section (issue 20): the
 * requester's newest public comments (Ticket Comments API, newest first), as plain text with
 * quoted replies (`<blockquote>`) left out, so only what the customer wrote now is read. The
 * requester's locale and time zone come with the same `client.get`, so this adds one request.
 */
import { z } from 'zod';
import { fetchPage, type PageOptions } from '../../../shared/http';
import { ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';
import { customerMessageText } from '../../../shared/signals/message-text';
import { zendeskCursorFields, zendeskNextPath } from './zendesk-cursor';
import { getValues, type HostError, type ZafClient } from './zaf-client';

/**
 * Comments read to find the customer's latest: one page, newest first. Smaller than the history
 * panel's page (30), so the two reads are told apart; a customer comment older than the 20 newest
 * is not read (the section then says they have not written).
 */
export const customerCommentPageSize = 20;

const commentSchema = z
  .object({
    id: z.number().int(),
    author_id: z.number().int(),
    public: z.boolean(),
    html_body: z.string().nullish(),
    plain_body: z.string().nullish(),
    body: z.string().nullish(),
    created_at: z.string(),
  })
  .loose();

const commentsPageSchema = z.object({
  comments: z.array(commentSchema),
  ...zendeskCursorFields,
});

const ticketSchema = z
  .object({
    'ticket.id': z.union([z.number().int(), z.string()]).nullish(),
    // `timeZone.ianaName` on ZAF's user object is unverified (no public source found; the mock has it).
    'ticket.requester': z
      .object({
        id: z.number().int(),
        locale: z.string().nullish(),
        timeZone: z.object({ ianaName: z.string().nullish() }).loose().nullish(),
      })
      .loose()
      .nullish(),
  })
  .loose();

/** The requester's newest comments and what the reader needs to know about them. */
export interface CustomerWords {
  comments: CustomerComment[];
  /** The requester's Zendesk locale (`es-MX`), if set. */
  locale?: string;
  /** The requester's IANA time zone, if Zendesk gives one. */
  timeZone?: string;
}

/** One comment the customer wrote, as text. */
export interface CustomerComment {
  id: number;
  text: string;
  createdAt: string;
}

/** The visible text of a comment body, without the quoted earlier messages. */
export function commentText(comment: {
  html_body?: string | null;
  plain_body?: string | null;
  body?: string | null;
}): string {
  return customerMessageText({
    html: comment.html_body,
    text: comment.plain_body ?? comment.body,
  });
}

/**
 * The requester's newest public comments on the open ticket (at most `limit`, newest first); an
 * empty list when they have written none, or the ticket has no id or requester yet (a new ticket).
 */
export async function readLatestCustomerComments(
  client: ZafClient,
  http: HttpPort,
  retry: PageOptions,
  limit = 1,
): Promise<Result<CustomerWords, HttpError | HostError>> {
  const ticket = await getValues(client, ['ticket.id', 'ticket.requester'], ticketSchema);
  if (!ticket.ok) return ticket;
  const ticketId = Number(ticket.value['ticket.id']);
  const requester = ticket.value['ticket.requester'];
  if (!Number.isInteger(ticketId) || ticketId <= 0 || !requester) return ok({ comments: [] });
  const words: CustomerWords = { comments: [] };
  if (requester.locale) words.locale = requester.locale;
  if (requester.timeZone?.ianaName) words.timeZone = requester.timeZone.ianaName;
  const path = `/api/v2/tickets/${ticketId}/comments.json?sort=-created_at&page[size]=${customerCommentPageSize}`;
  const page = await fetchPage(http, path, commentsPageSchema, zendeskNextPath, retry);
  if (!page.ok) return page;
  for (const comment of page.value.body.comments) {
    if (words.comments.length >= limit) break;
    if (!comment.public || comment.author_id !== requester.id) continue;
    const text = commentText(comment);
    if (text !== '') words.comments.push({ id: comment.id, text, createdAt: comment.created_at });
  }
  return ok(words);
}
