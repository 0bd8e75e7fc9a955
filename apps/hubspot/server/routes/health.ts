/** `/healthz` (unsigned): for load balancers, up and on which store; nothing about any portal. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/store';

const healthReply = z.object({ ok: z.literal(true), store: z.enum(['sqlite', 'postgres']) });

/** The health route. */
export function healthRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { response: { 200: healthReply } } }, async () => ({
      ok: true as const,
      store: store.kind,
    }));
  };
}
