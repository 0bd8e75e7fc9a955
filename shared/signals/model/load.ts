/**
 * Loads the signals' learned second opinion in a chunk of its own (its weights are ~100 KB): until
 * it resolves, `readCustomerMessage` returns the word rules' signals alone.
 */
let loading: Promise<void> | undefined;

/** Loads, checks (zod) and installs the shipped model; resolves at once when already loading. */
export function loadSignalModel(): Promise<void> {
  loading ??= import('./install').then(({ installShippedSignalModel }) => {
    installShippedSignalModel();
  });
  return loading;
}
