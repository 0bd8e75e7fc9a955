/**
 * `GET /metrics`: Prometheus text for a scraper. It names routes, statuses and outcomes, never a
 * portal or person; still, keep it off the public internet (the load balancer should not route it)
 * or set a token, which the scraper then sends as `Authorization: Bearer <token>`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { backendError } from '../errors';
import { fail } from '../http/replies';
import type { Metrics } from '../observability/metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The metrics route; with `token`, only a request bearing it is answered. */
export function metricsRoutes(metrics: Metrics, token?: string): FastifyPluginAsync {
  return async (app) => {
    app.get('/metrics', async (request, reply) => {
      if (token !== undefined) {
        const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
        if (!timingSafeEqual(digest(given), digest(token)))
          return fail(
            reply,
            backendError('unauthorized', 'This endpoint needs the metrics token.'),
          );
      }
      return reply
        .header('content-type', metrics.registry.contentType)
        .header('cache-control', 'no-store')
        .send(await metrics.registry.metrics());
    });
  };
}
