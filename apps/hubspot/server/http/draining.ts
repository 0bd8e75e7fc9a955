/**
 * While the instance shuts down (SIGTERM): a request that arrives on a connection still open is
 * refused with 503 in our error shape (Fastify's own drain answer is its own shape, so it is turned
 * off) and `Retry-After: 1`, so the load balancer or the card sends it to another instance; every
 * reply, the in-flight ones included, closes its connection, since a kept-alive one would hold the
 * close open. Liveness (`/healthz`) still answers: the process is fine, only leaving.
 */
import type { FastifyInstance } from 'fastify';
import { backendError, errorReply } from '../errors';

/** Fastify options that leave the drain answer to {@link refuseWhileDraining}. */
export const drainOptions = { return503OnClosing: false } as const;

/** Adds the drain behaviour to `app`; `draining` turns true when shutdown begins. */
export function refuseWhileDraining(app: FastifyInstance, draining: () => boolean): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!draining() || request.url.split('?')[0] === '/healthz') return undefined;
    return reply
      .code(503)
      .header('retry-after', '1')
      .header('cache-control', 'no-store')
      .send(errorReply(backendError('internal', 'This instance is shutting down; try again.')));
  });
  app.addHook('onSend', async (_request, reply) => {
    if (draining()) reply.header('connection', 'close');
  });
}
