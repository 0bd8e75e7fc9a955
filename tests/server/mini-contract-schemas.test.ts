// Issue 16 would write the card/backend contract (apps/hubspot/contract) with zod/mini, so the card
// bundles the small functional API instead of classic zod. That is only sound if the backend's
// Fastify type provider, which is written against classic zod, takes zod/mini schemas as they are:
// this holds the installed zod and fastify-type-provider-zod to it, so an upgrade that breaks it
// fails here and not in a route.
import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as mini from 'zod/mini';

// A contract-like pair declared with zod/mini, as the shared contract would declare it.
const writeRequest = mini.object({
  summary: mini.string().check(mini.minLength(1), mini.maxLength(20)),
  count: mini.optional(mini.int().check(mini.minimum(1))),
});
const writeReply = mini.object({ id: mini.string(), replayed: mini.boolean() });

async function appWithMiniSchemas() {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.post(
    '/write',
    // A route may narrow a mini reply with the functional helpers, as the backend's omit() does now.
    {
      schema: { body: writeRequest, response: { 200: mini.omit(writeReply, { replayed: true }) } },
    },
    // The body's type comes from the mini schema: `count` is `number | undefined`.
    async (request) => ({ id: `${request.body.summary}:${request.body.count ?? 0}`, extra: 'x' }),
  );
  await app.ready();
  return app;
}

describe('zod/mini schemas under the classic-zod Fastify type provider', () => {
  it('accepts a body the mini schema allows and serializes the reply through it', async () => {
    const app = await appWithMiniSchemas();
    const reply = await app.inject({ method: 'POST', url: '/write', payload: { summary: 'plan' } });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({ id: 'plan:0' });
    await app.close();
  });

  it('refuses a body the mini schema refuses with a 400, never a 500', async () => {
    const app = await appWithMiniSchemas();
    const reply = await app.inject({ method: 'POST', url: '/write', payload: { summary: '' } });
    expect(reply.statusCode).toBe(400);
    await app.close();
  });

  it('lets classic schemas hold mini ones, with the same English issue messages', () => {
    const wrapped = z.object({ write: writeRequest, note: z.string().optional() });
    expect(wrapped.safeParse({ write: { summary: 'ok', count: 2 } }).success).toBe(true);
    const classicMessage = z.string().min(1).safeParse('').error?.issues[0]?.message;
    const miniMessage = wrapped.safeParse({ write: { summary: '' } }).error?.issues[0]?.message;
    expect(miniMessage).toBe(classicMessage);
  });
});
