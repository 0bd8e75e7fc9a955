/**
 * The timeline as a panel shows it, the same for every host: what is still to come (payment tasks,
 * meetings) apart from what happened, each a page at a time, so a contact with hundreds of
 * engagements opens on the newest few and a plan's future tasks never top the history.
 */

/** Entries a section shows at first and adds with each "Show more". */
export const timelinePageSize = 25;

/** One section: the entries to show and how many more there are. */
export interface TimelineSection<E> {
  readonly entries: readonly E[];
  readonly hidden: number;
}

/** How many entries of each section the user has asked to see. */
export interface TimelineShown {
  readonly upcoming: number;
  readonly history: number;
}

/** The first page of each section. */
export const firstTimelinePage: TimelineShown = {
  upcoming: timelinePageSize,
  history: timelinePageSize,
};

/**
 * Splits `events` at `now`: upcoming (after now) soonest first, history (up to now) newest first,
 * each cut to what `shown` allows.
 */
export function timelineSections<E extends { readonly at: string }>(
  events: readonly E[],
  now: string,
  shown: TimelineShown = firstTimelinePage,
): { upcoming: TimelineSection<E>; history: TimelineSection<E> } {
  const nowMs = Date.parse(now);
  const at = (event: E) => Date.parse(event.at);
  const upcoming = events.filter((event) => at(event) > nowMs).sort((a, b) => at(a) - at(b));
  const history = events.filter((event) => at(event) <= nowMs).sort((a, b) => at(b) - at(a));
  const page = (list: E[], count: number): TimelineSection<E> => ({
    entries: list.slice(0, count),
    hidden: Math.max(0, list.length - count),
  });
  return { upcoming: page(upcoming, shown.upcoming), history: page(history, shown.history) };
}

/**
 * What "Show more" under `section` does: one page more on screen; under the history, once every
 * loaded entry shows (`hidden` is 0), the host's next page is read too.
 */
export function showMore(
  shown: TimelineShown,
  section: keyof TimelineShown,
  hidden: number,
): { shown: TimelineShown; readNextPage: boolean } {
  return {
    shown: { ...shown, [section]: shown[section] + timelinePageSize },
    readNextPage: section === 'history' && hidden === 0,
  };
}
