/**
 * The language engines' routes (signed, read only): the tone check of a draft the card sends, and
 * the signals in the contact's newest inbound email, which the backend reads from HubSpot itself
 * (issue 20: the customer's text is read in the backend's memory). Neither text is stored or
 * logged: the request log names the route, status and time, and nothing here logs at all. Both
 * count against the portal's quota like any signed request.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ok } from '../../../../shared/ports';
import {
  contactCollectionsSchema,
  draftTextMaxLength,
  openingEngagementPageSize,
  signalsQuerySchema,
  signalsReplySchema,
  toneCheckBodyLimitBytes,
  toneCheckReplySchema,
  toneCheckRequestSchema,
} from '../../contract';
import { backendError } from '../errors';
import { parseContractJson } from '../http/contractJson';
import { fail, invalidInput, send } from '../http/replies';
import { contactSignals } from '../language/contactSignals';
import { checkDraft } from '../language/toneCheck';
import {
  cachedCollections,
  cachedEngagementPage,
  contactQueryOptions,
  contactTargetOf,
} from './cachedContactReads';
import type { RouteDeps } from './context';

// The draft's own length is checked before the schema's, so an over-long draft gets words that say
// what to do rather than a field path.
const overLongDraft = z.object({ text: z.string().min(draftTextMaxLength + 1) }).loose();

/** The refusal of a draft past the limit (400 `bad-request`): what to do, never the draft. */
export const draftTooLongMessage = `The draft is too long to check: at most ${draftTextMaxLength} characters.`;

/** True for a body whose draft is past the limit (the schema would refuse it less helpfully). */
export const isOverLongDraft = (body: unknown): boolean => overLongDraft.safeParse(body).success;

/** The language routes, given what they share. */
export function languageRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/tone/check',
      {
        // Fastify refuses a larger body with 413 before reading it (frameworkErrors' words).
        bodyLimit: toneCheckBodyLimitBytes,
        preValidation: async (request, reply) => {
          if (!isOverLongDraft(request.body)) return undefined;
          return fail(reply, backendError('bad-request', draftTooLongMessage));
        },
        schema: { body: toneCheckRequestSchema, response: { 200: toneCheckReplySchema } },
        schemaErrorFormatter: invalidInput({ body: 'tone check' }),
      },
      async (request, reply) => send(reply, ok(checkDraft(request.body))),
    );

    app.get(
      '/api/contacts/:contactId/signals',
      contactQueryOptions(signalsQuerySchema, signalsReplySchema),
      async (request, reply) => {
        const target = contactTargetOf(deps, request, request.params.contactId);
        // The card's own first page and collections read: usually already in the contact cache.
        const [page, collections] = await Promise.all([
          cachedEngagementPage(deps, target, openingEngagementPageSize, undefined),
          cachedCollections(deps, target),
        ]);
        if (!page.ok) return fail(reply, page.error);
        if (!collections.ok) return fail(reply, collections.error);
        const read = contactSignals({
          latestInboundEmail: page.value.latestInboundEmail,
          collections: contactCollectionsSchema.parse(parseContractJson(collections.value)),
          portalTimeZone: request.query.portalTimeZone,
          now: new Date(deps.now()),
        });
        return send(reply, ok(read));
      },
    );
  };
}
