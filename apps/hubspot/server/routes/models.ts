/**
 * The learned models' weights (signed, read only): the card fetches them once per open through
 * `hubspot.fetch` instead of carrying them in its bundle. The same for every portal, and they
 * change only with a deploy, so the reply may be kept: a week in the agent's own cache, with the
 * content's hash as its ETag (an unchanged model answers 304 to `If-None-Match`).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { modelNames, modelWeightsReplySchema } from '../../contract';
import { invalidInput } from '../http/replies';
import { shippedModel, type ShippedModel } from '../models/shippedModels';

const modelParams = z.object({ model: z.enum(modelNames) });

/** How long the agent's browser may keep a model's weights without asking again (seconds). */
export const modelWeightsMaxAgeSeconds = 7 * 24 * 60 * 60;

/** The weights with their version and cache headers, or 304 when the agent has this version. */
function sendModel(
  reply: FastifyReply,
  model: ShippedModel,
  ifNoneMatch: string | undefined,
): FastifyReply {
  const etag = `"${model.version}"`;
  reply
    // Private: the signed URL names the portal and the user, so no shared cache keeps it.
    .header('cache-control', `private, max-age=${modelWeightsMaxAgeSeconds}`)
    .header('etag', etag);
  if (ifNoneMatch === etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(model.json);
}

/** The model weight routes. */
export function modelRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/models/:model/weights',
      {
        schema: { params: modelParams, response: { 200: modelWeightsReplySchema } },
        schemaErrorFormatter: invalidInput({ params: 'model name' }),
      },
      async (request, reply) =>
        sendModel(reply, shippedModel(request.params.model), request.headers['if-none-match']),
    );
  };
}
