/**
 * Where a record written from the ticket sidebar belongs, for the outcomes page's brand and team
 * filters: the ticket's brand and the group it is assigned to, read from ZAF's ticket object
 * (`ticket.brand`, a Brand object with an `id`; `ticket.assignee`, `{ user, group }`, each null
 * while unassigned: developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/,
 * tested in tests/platform/zendesk-ticket-scope.test.ts). Ids are kept as text.
 */
import * as z from 'zod/mini';
import { ok, type Result } from '../../../shared/ports';
import { getValues, type HostError, type ZafClient } from './zaf-client';

const id = z.union([z.number(), z.string()]);

/** The paths to `get` and their shapes: merge into a wider `get` to read the scope with it. */
export const ticketScopePaths = ['ticket.brand', 'ticket.assignee'] as const;
export const ticketScopeFields = {
  'ticket.brand': z.nullish(z.looseObject({ id: z.nullish(id) })),
  'ticket.assignee': z.nullish(
    z.looseObject({ group: z.nullish(z.looseObject({ id: z.nullish(id) })) }),
  ),
};

/** The ticket's brand id and assigned group id; either is absent when the ticket has none. */
export interface TicketScope {
  brand?: string;
  group?: string;
}

type ScopeReply = {
  'ticket.brand'?: { id?: number | string | null | undefined } | null | undefined;
  'ticket.assignee'?:
    { group?: { id?: number | string | null | undefined } | null | undefined } | null | undefined;
};

/** The scope in a `get` reply that asked for {@link ticketScopePaths}. */
export function ticketScopeOf(reply: ScopeReply): TicketScope {
  const brand = reply['ticket.brand']?.id;
  const group = reply['ticket.assignee']?.group?.id;
  return {
    ...(brand === null || brand === undefined ? {} : { brand: String(brand) }),
    ...(group === null || group === undefined ? {} : { group: String(group) }),
  };
}

/** Reads the open ticket's brand and assigned group. */
export async function readTicketScope(client: ZafClient): Promise<Result<TicketScope, HostError>> {
  const reply = await getValues(client, [...ticketScopePaths], z.looseObject(ticketScopeFields));
  return reply.ok ? ok(ticketScopeOf(reply.value)) : reply;
}
