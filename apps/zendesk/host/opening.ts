/**
 * The opening reads: right after registration, before the location's code has loaded, the host
 * layer asks for the records the opening panels read first, so their replies are on the way while
 * the panels' chunk downloads and runs (issue 16). Beside a ticket the customer card and the history
 * panel read the requester's user record and the history panel their first page of tickets; on a
 * user's profile the history panel reads the same two. The panels still make their own reads and
 * parse every reply; `primeableGets` hands them these replies instead of sending a second request.
 */
import * as z from 'zod/mini';
import type { PrimingHttpPort } from './primed-gets';
import { requestedTicketsPath, userPath } from './user-paths';
import { getValue, type ZafClient } from './zaf-client';

interface OpeningReads {
  /** The `client.get` path naming the customer the panels open on. */
  idPath: string;
  /** How many opening panels read the customer's user record, and their first page of tickets. */
  userReaders: number;
  ticketReaders: number;
}

/** Locations whose panels open on a customer: beside a ticket, the customer card and the history. */
const openingReads: Readonly<Record<string, OpeningReads>> = {
  ticket_sidebar: { idPath: 'ticket.requester.id', userReaders: 2, ticketReaders: 1 },
  user_sidebar: { idPath: 'user.id', userReaders: 1, ticketReaders: 1 },
};

const customerIdSchema = z.nullish(z.int().check(z.positive()));

/**
 * Primes the opening reads for `location` over `http`. Resolves once they are sent (or when there is
 * nothing to read: another location, a ticket without a requester, an answer we cannot use).
 */
export async function primeOpeningReads(
  client: ZafClient,
  http: PrimingHttpPort,
  location: string,
): Promise<void> {
  const reads = openingReads[location];
  if (reads === undefined) return;
  const id = await getValue(client, reads.idPath, customerIdSchema);
  if (!id.ok || id.value === null || id.value === undefined) return;
  http.prime(userPath(id.value), reads.userReaders);
  http.prime(requestedTicketsPath(id.value), reads.ticketReaders);
}
