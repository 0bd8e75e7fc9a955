/**
 * Health checks for load balancers and orchestrators (unsigned, nothing about any portal):
 * `/healthz` says the process is up (liveness: restart it when this fails); `/readyz` says it can
 * serve (readiness: send it traffic only when this succeeds), which needs the store to answer and
 * the instance not to be shutting down.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { backendError, errorReply } from '../errors';
import type { Store } from '../store/store';

const healthReply = z.object({ ok: z.literal(true), store: z.enum(['sqlite', 'postgres']) });

/** How long readiness waits for the store before calling it unreachable. */
export const readinessTimeoutMs = 2000;

/** What the health routes read. */
export interface HealthOptions {
  store: Store;
  /** True once shutdown has begun: readiness fails so no new traffic is sent here. */
  draining: () => boolean;
}

/** True when the store answers within {@link readinessTimeoutMs}. */
async function storeAnswers(store: Store): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), readinessTimeoutMs);
  });
  try {
    return await Promise.race([store.ping().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** 503: not ready (an orchestrator's signal, not a failure of the request). */
const notReady = (reply: FastifyReply, message: string) =>
  reply
    .code(503)
    .header('cache-control', 'no-store')
    .send(errorReply(backendError('internal', message)));

/** The liveness and readiness routes. */
export function healthRoutes({ store, draining }: HealthOptions): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { response: { 200: healthReply } } }, async () => ({
      ok: true as const,
      store: store.kind,
    }));

    app.get('/readyz', { schema: { response: { 200: healthReply } } }, async (_request, reply) => {
      if (draining()) return notReady(reply, 'This instance is shutting down.');
      if (!(await storeAnswers(store))) return notReady(reply, 'The store cannot be reached.');
      return reply
        .header('cache-control', 'no-store')
        .send({ ok: true as const, store: store.kind });
    });
  };
}
