/**
 * A ticket comment as Zendesk's Ticket Comments API returns it, and a cursor page of them: read by
 * the history timeline (a ticket's replies and notes) and the signals section (the requester's own
 * words) alike. Only the fields we read are checked; the rest are kept as they came.
 */
import { z } from 'zod';
import { zendeskCursorFields } from './zendesk-cursor';

/** One comment: its author, whether it is public, its text (plain, HTML or raw) and its time. */
export const zendeskCommentSchema = z
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

/** A page of comments of `comment`'s shape, with where the next page is. */
export const zendeskCommentsPageSchema = <C extends z.ZodType>(comment: C) =>
  z.object({ comments: z.array(comment), ...zendeskCursorFields });
