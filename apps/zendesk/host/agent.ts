/**
 * What the sidebar reads about the agent who is looking, with `client.get`, parsed here so the UI
 * gets typed values and never parses the host's answers itself.
 */
import * as z from 'zod/mini';
import { ok, type Result } from '../../../shared/ports';
import { getValue, type HostError, type ZafClient } from './zaf-client';

/** The agent's Zendesk user id (`currentUser.id`). */
export function readAgentId(client: ZafClient): Promise<Result<number, HostError>> {
  return getValue(client, 'currentUser.id', z.int());
}

/** The agent's name as Zendesk shows it; undefined when Zendesk has none. */
export async function readAgentName(
  client: ZafClient,
): Promise<Result<string | undefined, HostError>> {
  const user = await getValue(
    client,
    'currentUser',
    z.looseObject({ name: z.nullish(z.string()) }),
  );
  return user.ok ? ok(user.value.name ?? undefined) : user;
}

/** The agent's role (`admin`, `agent` or a custom role's name); undefined when Zendesk gives none. */
export async function readAgentRole(
  client: ZafClient,
): Promise<Result<string | undefined, HostError>> {
  const role = await getValue(client, 'currentUser.role', z.nullish(z.string()));
  return role.ok ? ok(role.value ?? undefined) : role;
}

/** The agent's locale (`en-US`, `es`): an error when Zendesk gives none or one too short to use. */
export function readAgentLocale(client: ZafClient): Promise<Result<string, HostError>> {
  return getValue(client, 'currentUser.locale', z.string().check(z.minLength(2)));
}
