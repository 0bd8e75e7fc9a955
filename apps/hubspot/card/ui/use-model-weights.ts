/**
 * Where a learned model's weights stand for this open of the card: `loading` until the backend's
 * reply is parsed and installed, then `ready`, or `unavailable` when it failed (the rules answer
 * alone, and the panel says so).
 */
import { useCallback } from 'react';
import { ok } from '../../../../shared/ports';
import type { ModelName } from '../../contract';
import { loadModelWeights, type ModelLoad } from '../host/model-weights';
import { useCardServices } from './services';
import { useLoaded } from './use-loaded';

export type ModelWeightsState = 'loading' | ModelLoad;

/** Starts (or joins) the load of `model`'s weights and follows it. */
export function useModelWeights(model: ModelName): ModelWeightsState {
  const { backend } = useCardServices();
  // The load itself never fails: a failure is its answer, 'unavailable'.
  const load = useCallback(
    async () => ok(await loadModelWeights(backend, model)),
    [backend, model],
  );
  const { state } = useLoaded(load);
  return state.status === 'ready' ? state.value : 'loading';
}
