/**
 * How HubSpot's burst limit sees a run: the most requests that arrived inside any rolling window.
 * The bench and the multi-instance test both measure their mock portals with it.
 */

/** The most timestamps of sorted `times` inside any window of `windowMs`. */
export function mostInAnyWindow(times: readonly number[], windowMs: number): number {
  let most = 0;
  let from = 0;
  for (let to = 0; to < times.length; to += 1) {
    while ((times[to] ?? 0) - (times[from] ?? 0) >= windowMs) from += 1;
    most = Math.max(most, to - from + 1);
  }
  return most;
}
