/** A panel loading: a skeleton line with an accessible name, so a screen reader hears what loads. */
import { Skeleton } from '@zendeskgarden/react-loaders';

/** `label` says what is loading ("Loading…", "Checking the draft…"). */
export function Loading({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label}>
      <Skeleton height="20px" />
    </div>
  );
}
