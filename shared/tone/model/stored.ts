/**
 * The tone model's stored form, checked with zod: the HubSpot card fetches the weights from our
 * backend instead of bundling them, so they reach it as untrusted JSON. A damaged or mismatched
 * file fails here, naming the problem, and the check goes on with the word rules alone.
 */
import * as z from 'zod';
import { modelClasses, type ToneModelData } from './model';

const probability = z.number().min(0).max(1);

export const toneModelSchema = z.object({
  version: z.literal(3),
  buckets: z.number().int().positive(),
  scale: z.number().positive(),
  bias: z.array(z.number()).length(modelClasses.length),
  /** `weights[class * buckets + bucket]`, int8. */
  weights: z.array(z.number().int().min(-128).max(127)),
  thresholds: z.object({
    review: probability,
    block: probability,
    clear: probability,
    clearBlock: probability.optional(),
    reassured: probability.optional(),
  }),
});

/** Parses stored tone weights; throws naming the problem when they do not fit. */
export function parseToneModel(json: unknown): ToneModelData {
  const stored = toneModelSchema.parse(json);
  const expected = stored.buckets * modelClasses.length;
  if (stored.weights.length !== expected) {
    throw new Error(`tone model: ${stored.weights.length} weights, expected ${expected}`);
  }
  const { reassured, clearBlock, ...thresholds } = stored.thresholds;
  return {
    ...stored,
    weights: Int8Array.from(stored.weights),
    thresholds: {
      ...thresholds,
      ...(reassured === undefined ? {} : { reassured }),
      ...(clearBlock === undefined ? {} : { clearBlock }),
    },
  };
}
