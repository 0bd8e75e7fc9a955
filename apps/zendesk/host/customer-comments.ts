/**
 * The customer's own latest words on the open ticket, for the signals section (issue 20): the
 * requester's newest public comments (Ticket Comments API, newest first), as plain text with
 * quoted replies (`<blockquote>`) left out, so only what the customer wrote now is read.
 */
import { z } from 'zod';
import { fetchPage, type PageOptions } from '../../../shared/http';
import { ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';
import { htmlToText } from '../../../shared/tone/html';
import { zendeskCursorFields, zendeskNextPath } from './zendesk-cursor';
import { getValues, type HostError, type ZafClient } from './zaf-client';

/** Comments read to find the customer's latest: one page, newest first. */
export const customerCommentPageSize = 30;

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
    'ticket.requester': z.object({ id: z.number().int() }).loose().nullish(),
  })
  .loose();

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
  if (comment.html_body) {
    const read = htmlToText(comment.html_body);
    return [...read.text]
      .filter((_, index) => read.quoted[index] !== true)
      .join('')
      .trim();
  }
  return (comment.plain_body ?? comment.body ?? '').trim();
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
): Promise<Result<CustomerComment[], HttpError | HostError>> {
  const ticket = await getValues(client, ['ticket.id', 'ticket.requester'], ticketSchema);
  if (!ticket.ok) return ticket;
  const ticketId = Number(ticket.value['ticket.id']);
  const requesterId = ticket.value['ticket.requester']?.id;
  if (!Number.isInteger(ticketId) || ticketId <= 0 || requesterId === undefined) return ok([]);
  const path = `/api/v2/tickets/${ticketId}/comments.json?sort=-created_at&page[size]=${customerCommentPageSize}`;
  const page = await fetchPage(http, path, commentsPageSchema, zendeskNextPath, retry);
  if (!page.ok) return page;
  const comments: CustomerComment[] = [];
  for (const comment of page.value.body.comments) {
    if (comments.length >= limit) break;
    if (!comment.public || comment.author_id !== requesterId) continue;
    const text = commentText(comment);
    if (text !== '') comments.push({ id: comment.id, text, createdAt: comment.created_at });
  }
  return ok(comments);
}
