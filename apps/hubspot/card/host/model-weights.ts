/**
 * The learned models' weights, fetched from our backend once per load of the card instead of
 * bundled (issue 16: bundled, they were a third of the card's 349 KB gzipped). Whether HubSpot's
 * build splits an `import()` into a chunk loaded later is unverified, so the card does not rely on
 * one. Each reply is checked by the contract, then by the model's own parser (zod); a model that
 * cannot be fetched or does not parse is left out, and the checks go on with the word rules.
 */
import { decodeSignalModel } from '../../../../shared/signals/model/model';
import { signalJudgeFor } from '../../../../shared/signals/model/opinion';
import { installSignalJudge } from '../../../../shared/signals/model/slot';
import { installToneModel } from '../../../../shared/tone/model/install';
import { modelPaths, modelWeightsReplySchema, type ModelName } from '../../contract';
import type { BackendClient } from './backend-client';

/** How a model's load ended: installed, or left out (the rules answer alone). */
export type ModelLoad = 'ready' | 'unavailable';

/** Parses a model's weights with its own parser and installs it; throws when they do not parse. */
const installers: Readonly<Record<ModelName, (weights: unknown) => void>> = {
  signals: (weights) => installSignalJudge(signalJudgeFor(decodeSignalModel(weights))),
  tone: installToneModel,
};

async function fetchAndInstall(backend: BackendClient, model: ModelName): Promise<ModelLoad> {
  const reply = await backend.request({ path: modelPaths.weights(model) }, modelWeightsReplySchema);
  if (!reply.ok || reply.value.model !== model) return 'unavailable';
  try {
    installers[model](reply.value.weights);
    return 'ready';
  } catch {
    return 'unavailable';
  }
}

// Kept for as long as the card's code is loaded (an open of the card): every panel, and every
// card sharing the code, gets the same installed model. A failure is not kept, so a panel opened
// later, or a Retry, asks again.
const loads = new Map<ModelName, Promise<ModelLoad>>();

/** Fetches, parses and installs `model`'s weights; resolves at once once they are installed. */
export function loadModelWeights(backend: BackendClient, model: ModelName): Promise<ModelLoad> {
  const kept = loads.get(model);
  if (kept !== undefined) return kept;
  const load = fetchAndInstall(backend, model);
  loads.set(model, load);
  void load.then((result) => {
    if (result === 'unavailable' && loads.get(model) === load) loads.delete(model);
  });
  return load;
}
