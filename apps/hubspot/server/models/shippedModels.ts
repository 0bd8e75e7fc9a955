/**
 * The learned models' weights as the backend serves them to the card: read from the files training
 * wrote, checked once with each model's own parser (a damaged file fails at the first request, not
 * on an agent's card), and kept as contract-checked JSON with a version that is a hash of the
 * weights, so a reply is sent as it is and a changed model has a new version.
 */
import { createHash } from 'node:crypto';
import signalWeights from '../../../../shared/signals/model/weights.json';
import toneWeights from '../../../../shared/tone/model/weights.json';
import { decodeSignalModel } from '../../../../shared/signals/model/model';
import { parseToneModel } from '../../../../shared/tone/model/stored';
import { modelWeightsReplySchema, type ModelName } from '../../contract';
import { toContractJson, type ContractJson } from '../http/contractJson';

/** One model's reply, ready to send. */
export interface ShippedModel extends ContractJson {
  version: string;
}

const stored: Readonly<Record<ModelName, { weights: unknown; check: (json: unknown) => unknown }>> =
  {
    signals: { weights: signalWeights, check: decodeSignalModel },
    tone: { weights: toneWeights, check: parseToneModel },
  };

const built = new Map<ModelName, ShippedModel>();

/** The reply for `model`, built the first time it is asked for. */
export function shippedModel(model: ModelName): ShippedModel {
  const kept = built.get(model);
  if (kept !== undefined) return kept;
  const { weights, check } = stored[model];
  check(weights);
  const version = createHash('sha256').update(JSON.stringify(weights)).digest('hex').slice(0, 16);
  const reply = {
    ...toContractJson(modelWeightsReplySchema, { model, version, weights }),
    version,
  };
  built.set(model, reply);
  return reply;
}
