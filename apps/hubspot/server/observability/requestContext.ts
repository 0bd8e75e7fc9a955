/**
 * Request ids: every request gets one (the load balancer's `X-Request-Id` when it is a plain token,
 * otherwise a random UUID), sent back as `X-Request-Id` and added to every log line written while
 * the request is handled, so one request's lines can be found together. The id is kept in an
 * AsyncLocalStorage entered for the request, so code that logs needs no request in hand.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

const current = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => current.getStore()?.requestId;

// An id from upstream is used only when it cannot carry anything else (an email, a URL, markup).
const plainToken = /^[A-Za-z0-9._-]{8,64}$/;

/** Fastify's `genReqId`: the upstream `X-Request-Id` when plain, else a fresh UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && plainToken.test(given) ? given : randomUUID();
}

/** Runs each request of `app` inside its id's context and answers with the id (add first). */
export function bindRequestIds(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    current.run({ requestId: request.id }, done);
  });
}
