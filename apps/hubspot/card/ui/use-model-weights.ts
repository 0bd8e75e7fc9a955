/**
 * Where a learned model's weights stand for this open of the card: `loading` until the backend's
 * reply is parsed and installed, then `ready`, or `unavailable` when it failed (the rules answer
 * alone, and the panel says so).
 */
import { useEffect, useState } from 'react';
import type { ModelName } from '../../contract';
import { loadModelWeights, type ModelLoad } from '../host/model-weights';
import { useCardServices } from './services';

export type ModelWeightsState = 'loading' | ModelLoad;

/** Starts (or joins) the load of `model`'s weights and follows it. */
export function useModelWeights(model: ModelName): ModelWeightsState {
  const { backend } = useCardServices();
  const [state, setState] = useState<ModelWeightsState>('loading');
  useEffect(() => {
    let active = true;
    void loadModelWeights(backend, model).then((load) => {
      if (active) setState(load);
    });
    return () => {
      active = false;
    };
  }, [backend, model]);
  return state;
}
