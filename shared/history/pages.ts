/**
 * A timeline read a page at a time, the same for every host: what is loaded so far and where the
 * next page starts, and how a new page joins it (entries already loaded are not repeated, as a
 * page may overlap the last when the host's data moved between reads).
 */

/** The entries loaded so far, and where the next page starts (undefined: no more). */
export interface LoadedPages<E> {
  readonly entries: readonly E[];
  readonly next: string | undefined;
}

/** Where loading the next page stands. */
export type MoreState<Failure> =
  { readonly status: 'idle' | 'loading' } | { readonly status: 'failed'; readonly error: Failure };

/** `loaded` with `page` after it: entries whose `key` is already loaded are left out. */
export function withPage<E>(
  loaded: LoadedPages<E>,
  page: LoadedPages<E>,
  key: (entry: E) => string | number,
): LoadedPages<E> {
  const known = new Set(loaded.entries.map(key));
  const fresh = page.entries.filter((entry) => !known.has(key(entry)));
  return { entries: [...loaded.entries, ...fresh], next: page.next };
}
