/**
 * The signals' learned second opinion as data: one logistic regression per signal kind (one
 * versus rest) plus one for self-harm wording, over hashed features of a sentence (features.ts).
 * Trained by `npm run train:signals` (scripts/train-signals.ts); the weights are committed as
 * weights.json and parsed with zod when they load, so a damaged file fails loudly.
 */
import * as z from 'zod/mini';
import { signalKinds } from '../kinds';

/** What the model scores: every kind, and self-harm wording (a flag on a vulnerability). */
export const modelHeads = [...signalKinds, 'self-harm'] as const;
export type ModelHead = (typeof modelHeads)[number];

const threshold = z.object({
  /** Scores at or above this add the kind when the rules missed it (above 1: never). */
  add: z.number().check(z.minimum(0)),
  /** Scores at or above this add it from a sentence holding one of its anchor cues (anchors.ts). */
  anchored: z.optional(z.number().check(z.minimum(0))),
  /** Scores below this drop the rules' signal of the kind (0: never; never for safety kinds). */
  drop: z.number().check(z.minimum(0), z.maximum(1)),
});

export const signalModelSchema = z
  .object({
    version: z.literal(1),
    buckets: z.int().check(z.positive()),
    /** Multiply a stored weight by this to get the real one. */
    scale: z.number().check(z.positive()),
    heads: z.array(z.enum(modelHeads)).check(z.length(modelHeads.length)),
    /** Per head, in `heads` order. */
    bias: z.array(z.number()).check(z.length(modelHeads.length)),
    /** `weights[head * buckets + bucket]`, int8, stored as base64 to keep the file small. */
    weights: z.base64(),
    /** Chosen on held-out folds (scripts/train-signals.ts). */
    thresholds: z.record(z.enum(modelHeads), threshold),
  })
  .check(
    z.refine((model) => model.heads.every((head, index) => head === modelHeads[index]), {
      error: 'heads out of order',
    }),
  );
export type StoredSignalModel = z.infer<typeof signalModelSchema>;

export type ModelThreshold = z.infer<typeof threshold>;

/** A model ready to score: weights decoded to real numbers once. */
export interface SignalModel {
  buckets: number;
  bias: readonly number[];
  /** `weights[head * buckets + bucket]`. */
  weights: Float64Array;
  thresholds: Readonly<Record<ModelHead, ModelThreshold>>;
}

// Base64 by hand: the core runs in browsers and Node alike and may use neither's globals.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const values = new Map([...alphabet].map((char, index) => [char, index]));

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[at], bytes[at + 1], bytes[at + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += alphabet[(triple >> 18) & 63] ?? '';
    out += alphabet[(triple >> 12) & 63] ?? '';
    out += at + 1 < bytes.length ? (alphabet[(triple >> 6) & 63] ?? '') : '=';
    out += at + 2 < bytes.length ? (alphabet[triple & 63] ?? '') : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/u, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (const char of clean) {
    bits = (bits << 6) | (values.get(char) ?? 0);
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[at] = (bits >> count) & 255;
      at += 1;
    }
  }
  return bytes;
}

/** Parses stored weights; throws naming the problem when they do not fit. */
export function decodeSignalModel(json: unknown): SignalModel {
  const stored = signalModelSchema.parse(json);
  const bytes = fromBase64(stored.weights);
  if (bytes.length !== stored.buckets * modelHeads.length) {
    throw new Error(
      `signal model: ${bytes.length} weights, expected ${stored.buckets * modelHeads.length}`,
    );
  }
  const signed = new Int8Array(bytes.buffer);
  return {
    buckets: stored.buckets,
    bias: stored.bias,
    weights: Float64Array.from(signed, (weight) => weight * stored.scale),
    thresholds: stored.thresholds,
  };
}

/** Stores a trained model: int8 weights with one scale, base64. */
export function encodeSignalModel(model: SignalModel): StoredSignalModel {
  const largest = model.weights.reduce((top, weight) => Math.max(top, Math.abs(weight)), 1e-9);
  const scale = largest / 127;
  const signed = Int8Array.from(model.weights, (weight) => Math.round(weight / scale));
  return {
    version: 1,
    buckets: model.buckets,
    scale,
    heads: [...modelHeads],
    bias: model.bias.map((value) => Number(value.toFixed(4))),
    weights: toBase64(new Uint8Array(signed.buffer)),
    thresholds: model.thresholds,
  };
}

/** The probability of `head` for a bag of feature buckets. */
export function scoreHead(model: SignalModel, head: number, buckets: ArrayLike<number>): number {
  let sum = model.bias[head] ?? 0;
  const row = head * model.buckets;
  for (let at = 0; at < buckets.length; at += 1)
    sum += model.weights[row + (buckets[at] ?? 0)] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
