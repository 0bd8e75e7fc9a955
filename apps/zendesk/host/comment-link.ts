/**
 * "Go to comment": where a customer's comment is in the agent interface. ZAF documents no action
 * that scrolls the open ticket to one comment (searched the Support API docs: none), so this links
 * to the ticket's page in the agent interface with the comment's id as the fragment. Whether the
 * agent interface scrolls to `#comment-<id>` is unverified (no public source found); the ticket
 * itself opens either way.
 */

/** A Zendesk subdomain: letters, digits and hyphens (anything else would leave the account). */
const subdomainPattern = /^[a-z0-9][a-z0-9-]{0,62}$/i;

/** The agent-interface link to `commentId` on `ticketId`, or undefined without a usable account. */
export function ticketCommentUrl(
  subdomain: string | undefined,
  ticketId: number,
  commentId: string,
): string | undefined {
  if (subdomain === undefined || !subdomainPattern.test(subdomain)) return undefined;
  if (!Number.isSafeInteger(ticketId) || ticketId <= 0 || !/^\d+$/.test(commentId)) {
    return undefined;
  }
  return `https://${subdomain}.zendesk.com/agent/tickets/${ticketId}#comment-${commentId}`;
}
