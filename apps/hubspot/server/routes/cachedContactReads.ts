/**
 * A contact's reads as the card asks for them, through the contact cache (cache/contactReads): the
 * history's engagement pages and the collections view, each a contract-checked JSON reply kept a
 * few seconds per portal and contact, with identical reads in flight sharing one load. The contact
 * routes send them as they are; the signals route reads the same ones, so it costs no HubSpot call
 * the card's other panels have not already made.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ok, type Result } from '../../../../shared/ports';
import { contactCollectionsSchema, engagementPageSchema, hubspotIdSchema } from '../../contract';
import type { CachedEngagementPage } from '../cache/contactReads';
import type { BackendError } from '../errors';
import { readContactCollections } from '../hubspot/contactCollections';
import type { ContactWriteTarget } from '../hubspot/contactWrites';
import { readEngagementPage } from '../hubspot/engagements';
import { toContractJson, type ContractJson } from '../http/contractJson';
import { invalidInput } from '../http/replies';
import { signedContext } from '../http/signedRequests';
import type { RouteDeps } from './context';

/** A contact to read, and HubSpot for its portal until the request's deadline. */
export type ContactReadTarget = Pick<ContactWriteTarget, 'portalId' | 'contactId' | 'hubspot'>;

/** A contact route's path parameters: the contact's HubSpot id. */
export const contactParams = z.object({ contactId: hubspotIdSchema });

/**
 * A contact read route's options: the contact in the path, the contract's query and reply, and a
 * refused path or query named as such in the error.
 */
export function contactQueryOptions<Q extends z.core.$ZodType, R extends z.core.$ZodType>(
  querystring: Q,
  reply: R,
) {
  return {
    schema: { params: contactParams, querystring, response: { 200: reply } },
    schemaErrorFormatter: invalidInput({ params: 'contact id', querystring: 'query' }),
  };
}

/** The contact a signed request is about, with its deadline starting now. */
export function contactTargetOf(
  deps: RouteDeps,
  request: FastifyRequest,
  contactId: string,
): ContactWriteTarget {
  const { portalId } = signedContext(request);
  const deadline = deps.now() + deps.budgetMs;
  return { portalId, contactId, deadline, hubspot: deps.callerFor(portalId, deadline) };
}

/**
 * One page of the contact's engagements (`limit` per type, from `cursor`), and on the first page
 * the newest inbound email kept beside it (the card's reply never carries it).
 */
export function cachedEngagementPage(
  deps: RouteDeps,
  { portalId, contactId, hubspot }: ContactReadTarget,
  limit: number,
  cursor: string | undefined,
): Promise<Result<CachedEngagementPage, BackendError>> {
  // Twenty agents opening this page at once share one load, checked and serialized once; it is
  // served from memory for a few seconds.
  return deps.contactReads.engagements.read(
    portalId,
    contactId,
    `${limit}/${cursor ?? ''}`,
    async () => {
      const read = await readEngagementPage(hubspot, contactId, limit, cursor);
      if (!read.ok) return read;
      const { page, latestInboundEmail } = read.value;
      const json = toContractJson(engagementPageSchema, page);
      return ok(latestInboundEmail === undefined ? json : { ...json, latestInboundEmail });
    },
  );
}

/** The contact's collections view (balance, due date, flags, language, time zone). */
export function cachedCollections(
  deps: RouteDeps,
  { portalId, contactId, hubspot }: ContactReadTarget,
): Promise<Result<ContractJson, BackendError>> {
  return deps.contactReads.collections.read(portalId, contactId, '', async () => {
    const read = await readContactCollections(hubspot, contactId);
    return read.ok ? ok(toContractJson(contactCollectionsSchema, read.value)) : read;
  });
}
