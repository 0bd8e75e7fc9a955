/** A loaded value the agent extends (older pages, replies, a saved change) until it loads afresh. */
import { useCallback, useState } from 'react';

/**
 * `first` as extended by `extend(change)` since it loaded; a new `first` (a retry, another
 * customer) starts over, so nothing loaded for the previous one shows with the new one.
 */
export function useExtended<T>(
  first: T | undefined,
): [T | undefined, (change: (value: T) => T) => void] {
  const [since, setSince] = useState<{ of: T; value: T }>();
  const value = since !== undefined && since.of === first ? since.value : first;
  const extend = useCallback(
    (change: (value: T) => T) => {
      if (first === undefined) return;
      setSince((was) => ({ of: first, value: change(was?.of === first ? was.value : first) }));
    },
    [first],
  );
  return [value, extend];
}
