/**
 * The learned models' weights, served by our backend so the card does not carry them in its
 * bundle (issue 16: they were 115 KB of its 349 KB gzipped). The reply names the model and the
 * content's version (a hash of the weights); the weights themselves are parsed by the model's own
 * parser on the card (`decodeSignalModel`, `parseToneModel`), not here: the contract only says
 * where they are.
 */
import * as z from 'zod';

/** The models whose weights the backend serves. */
export const modelNames = ['signals', 'tone'] as const;
export type ModelName = (typeof modelNames)[number];

export const modelPaths = {
  weights: (model: ModelName) => `/api/models/${model}/weights`,
} as const;

/** `GET /api/models/:model/weights`: the weights as trained, and a hash of their content. */
export const modelWeightsReplySchema = z.object({
  model: z.enum(modelNames),
  /** The first 16 hex digits of the SHA-256 of the weights' JSON: changes when they do. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  /** The model's stored form; the card parses it with the model's own parser. */
  weights: z.unknown(),
});
export type ModelWeightsReply = z.infer<typeof modelWeightsReplySchema>;
