/**
 * The card's message catalog (signed, read only): the card fetches its user's language once per
 * open through `hubspot.fetch` instead of carrying both languages in its bundle (issue 16). The same
 * for every portal, and it changes only with a deploy, so the reply may be kept: a day in the
 * user's own cache, with the content's hash as its ETag (an unchanged catalog answers 304 to
 * `If-None-Match`). Whether `hubspot.fetch` keeps replies by these headers is not documented; the
 * card keeps the catalog in memory for the open either way.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { catalogParamsSchema, catalogReplySchema } from '../../contract';
import { invalidInput } from '../http/replies';
import { catalogPayload, type CatalogPayload } from '../language/catalog';

/** How long the user's browser may keep a catalog without asking again (seconds). */
export const catalogMaxAgeSeconds = 24 * 60 * 60;

/** The cache headers of a catalog reply: private (the signed URL names the portal and user). */
export function catalogHeaders(payload: CatalogPayload): Record<string, string> {
  return {
    'cache-control': `private, max-age=${catalogMaxAgeSeconds}`,
    etag: `"${payload.version}"`,
  };
}

/** The catalog with its cache headers, or 304 when the user has this version. */
function sendCatalog(
  reply: FastifyReply,
  payload: CatalogPayload,
  ifNoneMatch: string | undefined,
): FastifyReply {
  reply.headers(catalogHeaders(payload));
  if (ifNoneMatch === `"${payload.version}"`) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(payload.json);
}

/** The catalog route. */
export function catalogRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/catalog/:language',
      {
        schema: { params: catalogParamsSchema, response: { 200: catalogReplySchema } },
        schemaErrorFormatter: invalidInput({ params: 'catalog language' }),
      },
      async (request, reply) =>
        sendCatalog(
          reply,
          catalogPayload(request.params.language),
          request.headers['if-none-match'],
        ),
    );
  };
}
