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
  // Callback hooks, not async ones: they run on every request, and this way cost no promise.
  app.addHook('onRequest', (request, reply, done) => {
    if (!draining() || request.url.split('?')[0] === '/healthz') return done();
    // Answered here, so `done` is not called (Fastify's rule for a callback hook that replies).
    void reply
      .code(503)
      .header('retry-after', '1')
      .header('cache-control', 'no-store')
      .send(errorReply(backendError('internal', 'This instance is shutting down; try again.')));
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining()) reply.header('connection', 'close');
    done(null, payload);
  });
}
