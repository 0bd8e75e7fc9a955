/**
 * A reply checked against its contract schema and serialized once, exactly as a route's own
 * serializer does it (fastify-type-provider-zod: encode with the schema, then JSON.stringify). The
 * contact read cache keeps these, so a page served from memory to twenty agents is not checked and
 * serialized twenty times: on a cached history page that was most of the CPU a request cost.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import type { BackendError } from '../errors';
import { fail } from './replies';

/** JSON text that the contract's schema accepted. */
export interface ContractJson {
  readonly json: string;
}

/** A reply that breaks the contract: ours to fix, answered as the serializer's refusal is (500). */
export class ReplyBreaksContract extends Error {
  constructor() {
    super('A reply did not match its contract schema.');
    this.name = 'ResponseSerializationError';
  }
}

/** `value` as JSON, once `schema` has accepted it; throws ReplyBreaksContract otherwise. */
export function toContractJson<S extends z.core.$ZodType>(
  schema: S,
  value: z.output<S>,
): ContractJson {
  const encoded = z.safeEncode(schema, value);
  if (!encoded.success) throw new ReplyBreaksContract();
  return { json: JSON.stringify(encoded.data) };
}

/** Answers with checked JSON as it is (no second serialization), or with the failure. */
export function sendContractJson(
  reply: FastifyReply,
  result: Result<ContractJson, BackendError>,
): FastifyReply {
  if (!result.ok) return fail(reply, result.error);
  return reply
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(result.value.json);
}
