/**
 * A labelled Select over the card's own values. HubSpot's Select hands its onChange any value;
 * this one answers only with one of `choices`, so no panel keeps a type guard of its own.
 */
import { Select } from '@hubspot/ui-extensions';

/** One value to choose and the words for it. */
export interface ChoiceOption<Value extends string> {
  value: Value;
  label: string;
}

/** `values`, each labelled by `label` (in the order given). */
export const labelled = <Value extends string>(
  values: readonly Value[],
  label: (value: Value) => string,
): ChoiceOption<Value>[] => values.map((value) => ({ value, label: label(value) }));

export function Choice<Value extends string>(props: {
  /** The test id; the control's name is `tactful-<id>` unless `name` says otherwise. */
  id: string;
  name?: string;
  label: string;
  description?: string;
  placeholder?: string;
  choices: readonly ChoiceOption<Value>[];
  /** Undefined: nothing chosen yet (the placeholder shows). */
  value: Value | undefined;
  /** What is wrong with the choice, shown on the control. */
  problem?: string;
  onChoose: (value: Value) => void;
}) {
  const { id, value, problem } = props;
  return (
    <Select
      testId={id}
      name={props.name ?? `tactful-${id}`}
      label={props.label}
      {...(props.description === undefined ? {} : { description: props.description })}
      {...(props.placeholder === undefined ? {} : { placeholder: props.placeholder })}
      options={[...props.choices]}
      {...(value === undefined ? {} : { value })}
      {...(problem === undefined ? {} : { error: true, validationMessage: problem })}
      onChange={(next) => {
        const chosen = props.choices.find((choice) => choice.value === next);
        if (chosen !== undefined) props.onChoose(chosen.value);
      }}
    />
  );
}
