/** Which Zendesk user the sidebar is about: the ticket's requester, or the profile being viewed. */
import * as z from 'zod/mini';
import { ok, type Result } from '../../../../shared/ports';
import { getValues, type HostError, type ZafClient } from '../zaf-client';

const idSchema = z.nullish(z.int().check(z.positive()));

/**
 * The user id for this location (`ticket.requester.id` beside a ticket, `user.id` on a profile);
 * undefined when a new ticket has no requester yet. One `client.get`, no API request.
 */
export async function readProfileUserId(
  client: ZafClient,
  location: string,
): Promise<Result<number | undefined, HostError>> {
  const path = location === 'user_sidebar' ? 'user.id' : 'ticket.requester.id';
  const reply = await getValues(client, [path], z.looseObject({ [path]: idSchema }));
  if (!reply.ok) return reply;
  const id = idSchema.safeParse(reply.value[path]);
  return ok(id.success ? (id.data ?? undefined) : undefined);
}
