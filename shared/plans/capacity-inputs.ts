/**
 * The affordability form's inputs as both hosts show them: the amounts its mode asks for, each
 * with what was typed and what is wrong with it, and whether it asks how often.
 */
import { capacityFieldsOf, problemOn, type PlanForm, type PlanProblem } from './choice';
import type { CapacityField } from './view';

/** One amount input: its field, what it holds, and the problem to show on it. */
export interface AmountInput {
  readonly field: CapacityField;
  readonly value: string;
  readonly problem: string | undefined;
}

/** The inputs for `form`'s mode, in the order shown, with `problems` on their fields. */
export function capacityInputs(
  form: PlanForm,
  problems: readonly PlanProblem[],
): { amounts: AmountInput[]; asksPer: boolean } {
  return {
    amounts: capacityFieldsOf[form.mode].map((field) => ({
      field,
      value: form[field],
      problem: problemOn(problems, field),
    })),
    asksPer: form.mode === 'per-period',
  };
}
