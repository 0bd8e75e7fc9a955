/**
 * The card's contact endpoints (signed): reading the contact's history and collections view, and
 * writing an accepted plan, a promise to pay or a flag to HubSpot. Inputs and replies are the
 * contract's schemas; the writes themselves are in hubspot/contactWrites.ts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import {
  contactCollectionsSchema,
  engagementPageSchema,
  engagementsQuerySchema,
  flagKinds,
  flagWriteReplySchema,
  flagWriteRequestSchema,
  hubspotIdSchema,
  planWriteReplySchema,
  planWriteRequestSchema,
  promiseWriteReplySchema,
  promiseWriteRequestSchema,
} from '../../contract';
import { backendError, type BackendError } from '../errors';
import {
  writeFlag,
  writePlan,
  writePromise,
  type ContactWriteTarget,
} from '../hubspot/contactWrites';
import { sendContractJson } from '../http/contractJson';
import { fail, invalidInput, send } from '../http/replies';
import {
  cachedCollections,
  cachedEngagementPage,
  contactParams,
  contactQueryOptions,
  contactTargetOf,
} from './cachedContactReads';
import type { RouteDeps } from './context';

const flagParams = z.object({ contactId: hubspotIdSchema, kind: z.enum(flagKinds) });

/**
 * The write's idempotency key. `hubspot.fetch` cannot send headers, so the card puts it in the
 * body; another client may send an `Idempotency-Key` header instead, and when both come they agree.
 */
function idempotencyKeyOf(
  request: FastifyRequest,
  inBody: string | undefined,
): Result<string | undefined, BackendError> {
  const header = request.headers['idempotency-key'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  if (fromHeader && inBody && fromHeader !== inBody)
    return err(backendError('bad-request', 'Idempotency-Key header and body disagree.'));
  return ok(inBody ?? fromHeader);
}

/** A write's request once its params and body have passed the contract's schemas. */
type WriteRequest = FastifyRequest & {
  params: { contactId: string };
  body: { idempotencyKey?: string | undefined };
};

/** A write route's options: its params, body and reply from the contract, and its refusal words. */
function writeOptions<
  P extends z.core.$ZodType,
  B extends z.core.$ZodType,
  R extends z.core.$ZodType,
>(params: P, body: B, reply: R, what: string, paramsWhat = 'contact id') {
  return {
    schema: { params, body, response: { 200: reply } },
    schemaErrorFormatter: invalidInput({ params: paramsWhat, body: what }),
  };
}

/** The contact routes, given what they share. */
export function contactRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  /** Where a write for this request goes, with its deadline starting now. */
  const targetOf = (request: FastifyRequest, contactId: string): ContactWriteTarget =>
    contactTargetOf(deps, request, contactId);

  /** Checks the write's idempotency key, then runs the write for this request's contact. */
  const answerWrite = async <T>(
    request: WriteRequest,
    reply: FastifyReply,
    write: (
      target: ContactWriteTarget,
      key: string | undefined,
    ) => Promise<Result<T, BackendError>>,
  ) => {
    const key = idempotencyKeyOf(request, request.body.idempotencyKey);
    if (!key.ok) return fail(reply, key.error);
    const target = targetOf(request, request.params.contactId);
    try {
      return send(reply, await write(target, key.value));
    } finally {
      // Even a failed write may have changed the contact (a note created, then a task refused):
      // its next read asks HubSpot.
      deps.contactReads.forgetContact(target.portalId, target.contactId);
    }
  };

  return async (app) => {
    app.get(
      '/api/contacts/:contactId/engagements',
      contactQueryOptions(engagementsQuerySchema, engagementPageSchema),
      async (request, reply) => {
        const target = targetOf(request, request.params.contactId);
        const { limit, cursor } = request.query;
        const page = await cachedEngagementPage(deps, target, limit, cursor);
        return sendContractJson(reply, page);
      },
    );

    app.get(
      '/api/contacts/:contactId/collections',
      {
        schema: { params: contactParams, response: { 200: contactCollectionsSchema } },
        schemaErrorFormatter: invalidInput({ params: 'contact id' }),
      },
      async (request, reply) => {
        const target = targetOf(request, request.params.contactId);
        const collections = await cachedCollections(deps, target);
        return sendContractJson(reply, collections);
      },
    );

    app.post(
      '/api/contacts/:contactId/plans',
      writeOptions(contactParams, planWriteRequestSchema, planWriteReplySchema, 'plan'),
      (request, reply) =>
        answerWrite(request, reply, (target) => writePlan(deps, target, request.body)),
    );

    app.post(
      '/api/contacts/:contactId/promises',
      writeOptions(contactParams, promiseWriteRequestSchema, promiseWriteReplySchema, 'promise'),
      (request, reply) =>
        answerWrite(request, reply, (target) => writePromise(deps, target, request.body)),
    );

    app.put(
      '/api/contacts/:contactId/flags/:kind',
      writeOptions(flagParams, flagWriteRequestSchema, flagWriteReplySchema, 'flag', 'flag'),
      (request, reply) =>
        answerWrite(request, reply, (target, key) =>
          writeFlag(deps, target, request.params.kind, request.body, key),
        ),
    );
  };
}
