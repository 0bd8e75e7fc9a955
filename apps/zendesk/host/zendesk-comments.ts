/**
 * A ticket comment as Zendesk's Ticket Comments API returns it, and a cursor page of them: read by
 * the history timeline (a ticket's replies and notes) and the signals section (the requester's own
 * words) alike. Only the fields we read are checked; the rest are kept as they came.
 */
import * as z from 'zod/mini';
import { zendeskCursorFields } from './zendesk-cursor';

/** One comment: its author, whether it is public, its text (plain, HTML or raw) and its time. */
export const zendeskCommentSchema = z.looseObject({
  id: z.int(),
  author_id: z.int(),
  public: z.boolean(),
  html_body: z.nullish(z.string()),
  plain_body: z.nullish(z.string()),
  body: z.nullish(z.string()),
  created_at: z.string(),
});

/** A page of comments of `comment`'s shape, with where the next page is. */
export const zendeskCommentsPageSchema = <C extends z.core.$ZodType>(comment: C) =>
  z.object({ comments: z.array(comment), ...zendeskCursorFields });
