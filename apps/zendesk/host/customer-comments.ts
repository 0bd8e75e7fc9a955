/**
 * The customer's own words on the open ticket, for the signals section (issue 20): the requester's
 * public comments, newest first, one cursor page at a time (Ticket Comments API with
 * `sort=-created_at` and `page[size]`; older pages through `links.next`), as plain text with quoted
 * replies (`<blockquote>`) left out, so each comment is read for what the customer wrote in it.
 * The requester's locale and time zone come with the same `client.get`, so the first page adds one
 * request and each older page one more.
 */
import * as z from 'zod/mini';
import { fetchPage, type PageOptions } from '../../../shared/http';
import { ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';
import { customerMessageText } from '../../../shared/signals/message-text';
import { zendeskCommentSchema, zendeskCommentsPageSchema } from './zendesk-comments';
import { zendeskNextPath } from './zendesk-cursor';
import { getValues, type HostError, type ZafClient } from './zaf-client';

/**
 * Comments per page, newest first. Smaller than the history panel's page (30), so the two reads
 * are told apart; the agent reads older pages on request.
 */
export const customerCommentPageSize = 20;

const commentsPageSchema = zendeskCommentsPageSchema(zendeskCommentSchema);

const ticketSchema = z.looseObject({
  'ticket.id': z.nullish(z.union([z.int(), z.string()])),
  // `timeZone.ianaName` on ZAF's user object is unverified (no public source found; the mock has it).
  'ticket.requester': z.nullish(
    z.looseObject({
      id: z.int(),
      locale: z.nullish(z.string()),
      timeZone: z.nullish(z.looseObject({ ianaName: z.nullish(z.string()) })),
    }),
  ),
});

/** One page of the requester's comments, and where the older ones are. */
export interface CustomerCommentPage {
  /** The requester's public comments on this page, newest first (may be none on a page of replies). */
  comments: CustomerComment[];
  /** The next (older) page's path, undefined on the last page. */
  nextPath: string | undefined;
}

/** The requester's newest comments and what the reader needs to know about them. */
export interface CustomerWords extends CustomerCommentPage {
  /** The ticket the comments are on, for "go to comment"; absent before the ticket exists. */
  ticketId?: number;
  /** The requester, whose comments are read on older pages too. */
  requesterId?: number;
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
 * One page of comments at `path`, keeping the public ones `requesterId` wrote that have text.
 * `path` is the first page's or a `nextPath` this returned (fetchPage keeps it on the listing).
 */
export async function readCustomerCommentPage(
  http: HttpPort,
  retry: PageOptions,
  path: string,
  requesterId: number,
): Promise<Result<CustomerCommentPage, HttpError>> {
  const page = await fetchPage(http, path, commentsPageSchema, zendeskNextPath, retry);
  if (!page.ok) return page;
  const comments: CustomerComment[] = [];
  for (const comment of page.value.body.comments) {
    if (!comment.public || comment.author_id !== requesterId) continue;
    const text = commentText(comment);
    if (text !== '') comments.push({ id: comment.id, text, createdAt: comment.created_at });
  }
  return ok({ comments, nextPath: page.value.nextPath });
}

/** The first page of a ticket's comments, newest first (`sort=-created_at`, cursor pagination). */
export function firstCustomerCommentPath(ticketId: number): string {
  return `/api/v2/tickets/${ticketId}/comments.json?sort=-created_at&page[size]=${customerCommentPageSize}`;
}

/**
 * The requester's public comments on the newest page of the open ticket (newest first), with the
 * path to older ones; no comments when the ticket has no id or requester yet (a new ticket).
 */
export async function readLatestCustomerComments(
  client: ZafClient,
  http: HttpPort,
  retry: PageOptions,
): Promise<Result<CustomerWords, HttpError | HostError>> {
  const ticket = await getValues(client, ['ticket.id', 'ticket.requester'], ticketSchema);
  if (!ticket.ok) return ticket;
  const ticketId = Number(ticket.value['ticket.id']);
  const requester = ticket.value['ticket.requester'];
  if (!Number.isInteger(ticketId) || ticketId <= 0 || !requester) {
    return ok({ comments: [], nextPath: undefined });
  }
  const page = await readCustomerCommentPage(
    http,
    retry,
    firstCustomerCommentPath(ticketId),
    requester.id,
  );
  if (!page.ok) return page;
  const words: CustomerWords = { ...page.value, ticketId, requesterId: requester.id };
  if (requester.locale) words.locale = requester.locale;
  if (requester.timeZone?.ianaName) words.timeZone = requester.timeZone.ianaName;
  return ok(words);
}
