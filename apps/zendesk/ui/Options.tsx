/** A native or Garden select's options: each value with its label, after an optional first one. */
export function Options(props: {
  choices: readonly { value: string; label: string }[];
  /** The first option, standing for no value ("All", or a prompt that cannot be chosen). */
  none?: { label: string; disabled?: boolean };
}) {
  return (
    <>
      {props.none && (
        <option value="" disabled={props.none.disabled}>
          {props.none.label}
        </option>
      )}
      {props.choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </>
  );
}
