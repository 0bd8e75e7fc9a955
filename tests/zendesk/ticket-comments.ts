// Test setup shared by the suites that read a ticket's comments: one comment added to the
// emulated Zendesk account, with the fields List Comments returns.
import type { ZendeskWorld } from '../../mocks/zendesk';

/** What a test says about a comment; the rest is a public email comment on ticket 1. */
export interface TestComment {
  plain_body: string;
  html_body?: string;
  /** 9001 is the seed's requester (the customer); 100 an agent. */
  author_id?: number;
  created_at?: string;
}

/**
 * Adds a comment on ticket 1, by the requester unless `author_id` says otherwise. Ids grow with
 * each comment added, so a later comment has a higher id.
 */
export function addTicketComment(world: ZendeskWorld, comment: TestComment): void {
  world.comments.push({
    id: 70_000 + world.comments.length,
    ticket_id: 1,
    author_id: 9001,
    body: comment.plain_body,
    public: true,
    via: { channel: 'email' },
    created_at: '2026-11-25T14:30:00Z',
    ...comment,
  });
}
