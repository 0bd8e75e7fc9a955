/**
 * The history panel's controller (shared/history/controller.ts) wired to the card: the contact's
 * engagements through our backend (first page on open, more on request), the flags (collections),
 * the portal's contact hours (settings), and from them the summary, the guards per channel and the
 * nudge; plus setting and clearing a flag.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { todayIn } from '../../../../../../shared/calendar/calendar';
import { err } from '../../../../../../shared/ports';
import type { ContactEvent } from '../../../../../../shared/history';
import { historyView, type HistoryView } from '../../../../../../shared/history/view';
import { withPage, type LoadedPages } from '../../../../../../shared/history/pages';
import { createHistoryController } from '../../../../../../shared/history/controller';
import type { FlagChange } from '../../../../../../shared/history/flag-form';
import type { FlagOrigin } from '../../../../../../shared/history/flag-editor';
import type { FlagRequest } from '../../flag-request';
import type { ContactFlag } from '../../../../contract';
import { defaultFlagRaiser } from '../../../../../../shared/history/flag-kinds';
import type { BackendError } from '../../../host/backend-client';
import { openContactHistory, type HistoryStart } from '../../../host/contact-history';
import {
  flagWriteRequest,
  loadEngagementPage,
  toContactEvent,
  toHistoryFlag,
  writeContactFlag,
} from '../../../host/engagements';
import {
  engagementPageSize,
  useCardServices,
  useGuardWatch,
  useOpeningReads,
} from '../../services';
import { useStarted, type Loaded } from '../../../../../react/load';

/**
 * Engagements per type per page (the backend reads each type separately): the card's page size,
 * so the first page is the one the plans panel reads too (see `OpeningReads`).
 */
export const historyPageSize = engagementPageSize;

/** What the panel shows about the contact's history. */
export interface HistoryPicture {
  /** The customer's IANA zone. */
  timeZone: string;
  /** The instant the view was worked out for: the timeline splits there. */
  now: string;
  view: HistoryView;
  flags: ContactFlag[];
  hasMore: boolean;
}

/** What shows: the opening, the engagements loaded so far, and the flags as last saved. */
interface Shown extends LoadedPages<ContactEvent> {
  start: HistoryStart;
  flags: ContactFlag[];
}

/** The controller for the contact the card is on. */
export function useContactHistory() {
  const { crm, backend, clock } = useCardServices();
  const opening = useOpeningReads();
  const contactId = crm.scope.contactId;
  const controller = useMemo(() => {
    // The first load takes the card's opening page (shared with the plans panel); a Retry reads anew.
    let startedBefore = false;
    const open = () => {
      const fresh = startedBefore;
      startedBefore = true;
      return openContactHistory(backend, crm.scope, () => opening.firstEngagementPage({ fresh }));
    };
    const shown = (start: HistoryStart): Shown => {
      const { events: entries, nextCursor: next, flags } = start;
      return { start, entries, next, flags };
    };
    return createHistoryController(open, shown);
  }, [backend, crm, opening]);
  const { state, history, more } = useStarted(controller);

  const loadMore = () =>
    controller.loadMore(
      ({ next: cursor }) =>
        cursor === undefined
          ? undefined
          : loadEngagementPage(backend, contactId, { cursor, limit: historyPageSize }),
      (now, { engagements, nextCursor: next }): Shown => ({
        ...now,
        ...withPage(now, { entries: engagements.map(toContactEvent), next }, (event) => event.id),
      }),
    );

  const nowIso = clock.now().toISOString();
  const picture = useMemo((): Loaded<HistoryPicture, BackendError> => {
    if (state.status !== 'ready') return state;
    if (history === undefined) return { status: 'loading' };
    const { start: base, entries: events, next, flags } = history;
    // The agent's zone is the portal's: HubSpot does not give the card the user's own.
    const view = historyView(
      {
        now: nowIso,
        timeZone: base.timeZone,
        events,
        flags: flags.map(toHistoryFlag),
        quietHours: base.quietHours,
        ...(base.dueDate === undefined ? {} : { dueDate: base.dueDate }),
      },
      crm.scope.portalTimeZone,
    );
    return {
      status: 'ready',
      value: { timeZone: base.timeZone, now: nowIso, view, flags, hasMore: next !== undefined },
    };
  }, [state, history, nowIso, crm]);

  // The outcomes count a guard's "not now" (once per channel and open, see guard-events.ts).
  const guardWatch = useGuardWatch();
  const guards = picture.status === 'ready' ? picture.value.view.guards : undefined;
  useEffect(() => {
    if (guards !== undefined) guardWatch.shown(guards);
  }, [guardWatch, guards]);

  /** Writes a flag change; the contact's flags are the backend's reply once it is saved. */
  const writeFlag = useCallback(
    async (change: FlagChange, { request, raisedBy }: FlagOrigin<FlagRequest>) => {
      // A request is the customer's own words: they raised it.
      const from = raisedBy ?? defaultFlagRaiser;
      const written = await controller.run(
        ({ start }) => {
          const since = todayIn(clock.now(), start.timeZone);
          const body = flagWriteRequest(change, since, from, request?.source);
          return writeContactFlag(backend, contactId, change.kind, body);
        },
        (now, saved): Shown => (saved.ok ? { ...now, flags: saved.value } : now),
      );
      // The editor shows only once the history has loaded, so there is always a contact to write to.
      return written ?? err({ code: 'not-found' as const, message: 'No contact history' });
    },
    [controller, backend, contactId, clock],
  );

  return { state: picture, retry: controller.reload, loadMore, more, writeFlag };
}
