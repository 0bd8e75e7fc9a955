/**
 * The Zendesk API paths the sidebar reads about a customer, named once: the panels read them, and
 * the opening (host/opening.ts) requests them before the panels have loaded, so both must agree.
 */

/** Tickets per page: enough for the first paint, small enough to stay quick. */
export const ticketPageSize = 25;

/** A user record: `GET /api/v2/users/{id}.json`. */
export function userPath(userId: number): string {
  return `/api/v2/users/${userId}.json`;
}

/** The first page of a user's requested tickets: newest activity first, cursor pagination. */
export function requestedTicketsPath(userId: number): string {
  return `/api/v2/users/${userId}/tickets/requested.json?sort=-updated_at&page[size]=${ticketPageSize}`;
}
