/**
 * A reply checked against its contract schema and serialized once, exactly as a route's own
 * serializer does it (fastify-type-provider-zod: encode with the schema, then JSON.stringify), and
 * encoded once as the UTF-8 bytes that go on the wire. The contact read cache keeps these, so a page
 * served from memory to twenty agents is not checked, serialized or encoded twenty times: on a
 * cached history page the check was most of the CPU a request cost, and then the UTF-8 encoding of
 * its 10 KB (customer text makes it a two-byte string, which Node encodes again for every write).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import type { BackendError } from '../errors';
import { fail } from './replies';

/** JSON that the contract's schema accepted, as UTF-8. */
export interface ContractJson {
  readonly bytes: Buffer;
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
  const json = JSON.stringify(encoded.data);
  // A memory of its own, not a slice of Node's shared pool: a small cached reply would otherwise
  // keep the pool's whole 8 KB slab alive.
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(json));
  bytes.write(json);
  return { bytes };
}

/** The value checked JSON holds, parsed again (for a route that reads another's cached reply). */
export const parseContractJson = (checked: ContractJson): unknown =>
  JSON.parse(checked.bytes.toString('utf8'));

/** Answers with checked JSON as it is (no second serialization or encoding), or with the failure. */
export function sendContractJson(
  reply: FastifyReply,
  result: Result<ContractJson, BackendError>,
): FastifyReply {
  if (!result.ok) return fail(reply, result.error);
  return reply
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(result.value.bytes);
}
