/**
 * What the sidebar reads about the open ticket with `client.get` (beyond the requester's id, in
 * history/profile-user.ts), parsed here so the UI gets typed values.
 */
import * as z from 'zod/mini';
import { ok, type Result } from '../../../shared/ports';
import { getValue, type HostError, type ZafClient } from './zaf-client';

const requesterSchema = z.nullish(z.looseObject({ locale: z.nullish(z.string()) }));
const brandSchema = z.nullish(z.looseObject({ name: z.nullish(z.string()) }));

/** The requester's locale (`es-MX`); undefined when the ticket has no requester or they have none. */
export async function readRequesterLocale(
  client: ZafClient,
): Promise<Result<string | undefined, HostError>> {
  const requester = await getValue(client, 'ticket.requester', requesterSchema);
  return requester.ok ? ok(requester.value?.locale ?? undefined) : requester;
}

/** The ticket's brand name; undefined when the account has no brand or it has no name. */
export async function readTicketBrandName(
  client: ZafClient,
): Promise<Result<string | undefined, HostError>> {
  const brand = await getValue(client, 'ticket.brand', brandSchema);
  return brand.ok ? ok(brand.value?.name ?? undefined) : brand;
}
