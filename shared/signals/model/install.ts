/** The model's chunk: the shipped weights, parsed with zod, installed as the second opinion. */
import { decodeSignalModel, type SignalModel } from './model';
import { signalJudgeFor } from './opinion';
import { installSignalJudge } from './slot';
import weights from './weights.json';

/** Parses the shipped weights (throws when they do not fit the schema). */
export function shippedSignalModel(): SignalModel {
  return decodeSignalModel(weights);
}

/** Makes `readCustomerMessage` ask the shipped model from now on. */
export function installShippedSignalModel(): void {
  installSignalJudge(signalJudgeFor(shippedSignalModel()));
}
