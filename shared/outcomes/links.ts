/**
 * Where a figure's link goes, decided once for both hosts: a row's customers link to their tickets
 * (Zendesk) or contact records (HubSpot); a tone or guard row's agents link to the tickets assigned
 * to them (Zendesk). HubSpot tone agents are user ids, not contact owners (the owner-to-user
 * mapping needs a scope we do not ask for), so they are named there but not linked.
 *
 * URL patterns (unverified: no public source found; see the README): Zendesk
 * `/agent/users/{id}/requested_tickets` and `/agent/users/{id}/assigned_tickets` on the account's
 * origin; HubSpot `https://app.hubspot.com/contacts/{portalId}/record/0-1/{contactId}`.
 */
import type { MessageKey } from '../i18n';
import type { OutcomeRow } from './view';

/** The host the page is in, with what its URLs need. */
export type OutcomeLinkHost =
  { host: 'zendesk'; origin: string } | { host: 'hubspot'; portalId: number | string };

/** One link behind a row: the id it shows, where it goes, and its accessible name's message. */
export interface OutcomeLink {
  kind: 'customer' | 'agent';
  ref: string;
  href: string;
  /** Names the link for screen readers, with `{id}` (where the host's link takes a name). */
  label?: MessageKey;
}

/** The customer links and the agent links behind `row` in `host` (either may be empty). */
export function outcomeRowLinks(
  row: OutcomeRow,
  host: OutcomeLinkHost,
): { customers: OutcomeLink[]; agents: OutcomeLink[] } {
  const id = encodeURIComponent;
  if (host.host === 'zendesk') {
    return {
      customers: (row.customerRefs ?? []).map((ref) => ({
        kind: 'customer',
        ref,
        href: `${host.origin}/agent/users/${id(ref)}/requested_tickets`,
        label: 'outcomes.customerTickets',
      })),
      agents: (row.agentRefs ?? []).map((ref) => ({
        kind: 'agent',
        ref,
        href: `${host.origin}/agent/users/${id(ref)}/assigned_tickets`,
        label: 'outcomes.agentTickets',
      })),
    };
  }
  return {
    customers: (row.customerRefs ?? []).map((ref) => ({
      kind: 'customer',
      ref,
      href: `https://app.hubspot.com/contacts/${id(String(host.portalId))}/record/0-1/${id(ref)}`,
    })),
    agents: [],
  };
}

/** Whether the host adds a column of customer links, and one of agent links, to a table. */
export function linkedColumns(
  rows: readonly OutcomeRow[],
  host: OutcomeLinkHost,
): { customers: boolean; agents: boolean } {
  return {
    customers: rows.some((row) => row.customerRefs !== undefined),
    agents: host.host === 'zendesk' && rows.some((row) => row.agentRefs !== undefined),
  };
}
