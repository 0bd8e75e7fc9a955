/**
 * A promise raced against a timer, the timer cleared either way: the HubSpot caller's per-attempt
 * timeout and the OAuth refresh's caller deadline both stand on it.
 */

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/** `promise`'s outcome, or `late()`'s when `ms` pass first (`late` throws to reject). */
export function settleBefore<T>(promise: Promise<T>, ms: number, late: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(asError(error));
      }
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(asError(error));
      },
    );
  });
}
