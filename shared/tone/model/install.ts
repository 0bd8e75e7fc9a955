/**
 * Installs a tone model that arrived as data (the HubSpot card fetches its weights from our
 * backend): parsed with zod (stored.ts), its weights decoded once, then asked by `checkTone` from
 * the next check on. No warm-up reads (`prepareToneData`): they would hold up the findings the
 * agent is waiting for. Throws, installing nothing, when the data is not a tone model.
 */
import { installModel, installModelJudge } from '../meaning/slot';
import { prepareModel } from './model';
import { modelJudgement } from './opinion';
import { parseToneModel } from './stored';

/** Parses `json` as the tone model and makes `checkTone` ask it for a second opinion. */
export function installToneModel(json: unknown): void {
  const model = parseToneModel(json);
  installModelJudge(modelJudgement);
  prepareModel(model);
  installModel(model);
}
