/**
 * The history panel's controller: the contact's engagements through our backend (first page on
 * open, more on request), the flags (collections), the portal's contact hours (settings), and from
 * them the summary, the guards per channel and the nudge; plus setting and clearing a flag.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { todayIn } from '../../../../../../shared/calendar/calendar';
import type { ContactEvent } from '../../../../../../shared/history';
import { historyView, type HistoryView } from '../../../../../../shared/history/view';
import { withPage, type LoadedPages } from '../../../../../../shared/history/pages';
import { createMoreLoader } from '../../../../../../shared/history/more-loader';
import type { FlagChange } from '../../../../../../shared/history/flag-form';
import type { FlagOrigin } from '../../../../../../shared/history/flag-editor';
import type { FlagRequest } from '../../flag-request';
import type { ContactFlag, FlagSource } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { openContactHistory } from '../../../host/contact-history';
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
import { useLoaded, type Loaded } from '../../use-loaded';

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

/** The controller for the contact the card is on. */
export function useContactHistory() {
  const { crm, backend, clock } = useCardServices();
  const opening = useOpeningReads();
  const contactId = crm.scope.contactId;
  // The first load takes the card's opening page (shared with the plans panel); a Retry reads anew.
  const startedBefore = useRef(false);

  const loadStart = useCallback(() => {
    const fresh = startedBefore.current;
    startedBefore.current = true;
    return openContactHistory(backend, crm.scope, () => opening.firstEngagementPage({ fresh }));
  }, [backend, crm, opening]);
  const start = useLoaded(loadStart);

  // Pages after the first, and flags after a write; both start over when the panel reloads.
  const [pages, setPages] = useState<LoadedPages<ContactEvent>>();
  const [moreLoader] = useState(() => createMoreLoader<BackendError>());
  const { more } = useSyncExternalStore(moreLoader.subscribe, moreLoader.getSnapshot);
  const [flagsAfterWrite, setFlagsAfterWrite] = useState<ContactFlag[] | undefined>();

  const retry = useCallback(() => {
    setPages(undefined);
    moreLoader.reset();
    setFlagsAfterWrite(undefined);
    start.reload();
  }, [start, moreLoader]);

  const first = start.state.status === 'ready' ? start.state.value : undefined;

  const loadMore = useCallback(async () => {
    const loaded = pages ?? (first && { entries: first.events, next: first.nextCursor });
    const cursor = loaded?.next;
    if (loaded === undefined || cursor === undefined) return;
    await moreLoader.load(
      () => loadEngagementPage(backend, contactId, { cursor, limit: historyPageSize }),
      ({ engagements, nextCursor: next }) => {
        const page = { entries: engagements.map(toContactEvent), next };
        setPages((before) => withPage(before ?? loaded, page, (event) => event.id));
      },
    );
  }, [backend, contactId, first, pages, moreLoader]);

  const nowIso = clock.now().toISOString();
  const picture = useMemo((): Loaded<HistoryPicture, BackendError> => {
    if (start.state.status !== 'ready') return start.state;
    const base = start.state.value;
    const { entries: events, next } = pages ?? { entries: base.events, next: base.nextCursor };
    const flags = flagsAfterWrite ?? base.flags;
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
      value: {
        timeZone: base.timeZone,
        now: nowIso,
        view,
        flags,
        hasMore: next !== undefined,
      },
    };
  }, [start.state, pages, flagsAfterWrite, nowIso, crm]);

  // The outcomes count a guard's "not now" (once per channel and open, see guard-events.ts).
  const guardWatch = useGuardWatch();
  const guards = picture.status === 'ready' ? picture.value.view.guards : undefined;
  useEffect(() => {
    if (guards !== undefined) guardWatch.shown(guards);
  }, [guardWatch, guards]);

  const timeZone = first?.timeZone;
  /** Writes a flag change; the contact's flags are the backend's reply once it is saved. */
  const writeFlag = useCallback(
    async (change: FlagChange, { request, source }: FlagOrigin<FlagRequest, FlagSource>) => {
      const since = todayIn(clock.now(), timeZone ?? crm.scope.portalTimeZone);
      const from = request ? 'customer' : (source ?? 'customer');
      const body = flagWriteRequest(change, since, from, request?.fromMessage);
      const reply = await writeContactFlag(backend, contactId, change.kind, body);
      if (reply.ok) setFlagsAfterWrite(reply.value);
      return reply;
    },
    [backend, contactId, timeZone, crm, clock],
  );

  return { state: picture, retry, loadMore, more, writeFlag };
}
