/**
 * The signals section's controller: reads the customer's comments on the ticket, newest page
 * first, and their locale and time zone through the host adapter (no user read of its own), loads
 * the learned model (its own chunk; the word rules answer if it fails), and reads each comment in
 * the customer's language, time zone and currency. Older pages load when the agent asks.
 */
import { useCallback, useMemo, useState } from 'react';
import { todayIn, type PlainDate } from '../../../../../shared/calendar/calendar';
import { isValidTimeZone } from '../../../../../shared/history/localTime';
import type { HttpError } from '../../../../../shared/ports';
import { ok } from '../../../../../shared/ports';
import { readCustomerMessage } from '../../../../../shared/signals';
import { readerLocaleFor } from '../../../../../shared/signals/message-text';
import { loadSignalModel } from '../../../../../shared/signals/model/load';
import {
  signalsView,
  type CommentReading,
  type SignalsView,
} from '../../../../../shared/signals/view';
import {
  readCustomerCommentPage,
  readLatestCustomerComments,
  type CustomerComment,
} from '../../../host/customer-comments';
import type { HostError } from '../../../host/zaf-client';
import { useHost } from '../../ClientProvider';
import { useExtended } from '../../useExtended';
import { useLoad, type LoadState } from '../../useLoad';

/** What the section shows: whether the customer has written, and the signals in their words. */
export interface SignalsRead {
  hasComment: boolean;
  view: SignalsView;
  /** The ticket the comments are on, for "go to comment". */
  ticketId?: number;
  /** The requester, whose flag log records the flags their words suggest. */
  requesterId?: number;
  /** Today in the customer's time zone, for a promise's due date. */
  today: PlainDate;
}

/** Reading the customer's comments: what is read so far and where the older ones are. */
interface ReadSoFar {
  readings: CommentReading[];
  nextPath: string | undefined;
  requesterId: number | undefined;
  ticketId: number | undefined;
  read: (comment: CustomerComment) => CommentReading;
  today: PlainDate;
}

/** Loading older comments: idle, under way, or failed. */
export type OlderState =
  { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: HttpError };

export function useSignals() {
  const { client, http, settings, retry, clock } = useHost();
  const load = useCallback(async () => {
    const [words] = await Promise.all([
      readLatestCustomerComments(client, http, retry),
      // The model only adds to the rules: if its chunk fails, the rules alone answer.
      loadSignalModel().catch(() => undefined),
    ]);
    if (!words.ok) return words;
    const timeZone = words.value.timeZone ?? settings.defaultTimeZone;
    // The mapped balance currency needs the user read the customer panel makes; a promise
    // written without a currency is priced in the account's default.
    const currency = settings.defaultCurrency;
    const now = clock.now();
    const read = (comment: CustomerComment): CommentReading => ({
      commentId: String(comment.id),
      reading: readCustomerMessage(comment.text, {
        locale: readerLocaleFor(words.value.locale),
        now: now.getTime(),
        ...(timeZone ? { timeZone } : {}),
        ...(currency ? { currency } : {}),
      }),
    });
    const first: ReadSoFar = {
      readings: words.value.comments.map(read),
      nextPath: words.value.nextPath,
      requesterId: words.value.requesterId,
      ticketId: words.value.ticketId,
      read,
      today: todayIn(now, timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC'),
    };
    return ok(first);
  }, [client, http, settings, retry, clock]);
  const { state: firstState, retry: retryFirst } = useLoad(load);
  const first = firstState.status === 'ready' ? firstState.value : undefined;
  // Older pages the agent loaded, for the first read they extend.
  const [soFar, extend] = useExtended(first);
  const [olderState, setOlderState] = useState<OlderState>({ status: 'idle' });

  const loadOlder = useCallback(async () => {
    if (soFar?.nextPath === undefined || soFar.requesterId === undefined) return;
    setOlderState({ status: 'loading' });
    const page = await readCustomerCommentPage(http, retry, soFar.nextPath, soFar.requesterId);
    if (!page.ok) return setOlderState({ status: 'error', error: page.error });
    setOlderState({ status: 'idle' });
    const known = new Set(soFar.readings.map((reading) => reading.commentId));
    const fresh = page.value.comments
      .filter((comment) => !known.has(String(comment.id)))
      .map(soFar.read);
    extend((was) => ({
      ...was,
      readings: [...was.readings, ...fresh],
      nextPath: page.value.nextPath,
    }));
  }, [soFar, http, retry, extend]);

  const state = useMemo((): LoadState<SignalsRead, HttpError | HostError> => {
    if (firstState.status !== 'ready') return firstState;
    if (soFar === undefined) return { status: 'loading' };
    const value: SignalsRead = {
      hasComment: soFar.readings.length > 0,
      view: signalsView(soFar.readings),
      today: soFar.today,
      ...(soFar.ticketId === undefined ? {} : { ticketId: soFar.ticketId }),
      ...(soFar.requesterId === undefined ? {} : { requesterId: soFar.requesterId }),
    };
    return { status: 'ready' as const, value };
  }, [firstState, soFar]);

  return {
    state,
    retry: retryFirst,
    hasOlder: soFar?.nextPath !== undefined,
    older: olderState,
    loadOlder,
  };
}
