/**
 * The signals section's state: shared/signals/comment-thread over the customer's comments on the
 * ticket, read through the host adapter (no user read of its own) with the learned model (its own
 * chunk; the word rules answer if it fails), each in the customer's language, time zone and
 * currency. Also the section's two side reads: the flags its words suggest (logged) and the
 * account for a promise.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import type { FlagKind } from '../../../../../shared/history';
import { ok, type HttpError } from '../../../../../shared/ports';
import { loadSignalModel } from '../../../../../shared/signals/model/load';
import { needsPromiseAccount } from '../../../../../shared/signals/promise-offer';
import { messageReader } from '../../../../../shared/signals/reader';
import {
  createCommentThread,
  type ThreadRead,
  type ThreadSoFar,
} from '../../../../../shared/signals/comment-thread';
import type { SignalsView } from '../../../../../shared/signals/view';
import { signalFlagSuggestions } from '../../../../../shared/signals/view-words';
import {
  readCustomerCommentPage,
  readLatestCustomerComments,
  type CustomerComment,
} from '../../../host/customer-comments';
import {
  flagReasonMaxLength,
  readHistorySettings,
  recordFlagSuggestions,
} from '../../../host/history';
import { readPromiseAccount, type PromiseAccount } from '../../../host/plans/signal-promise';
import type { HostError } from '../../../host/zaf-client';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';
import { useLoad } from '../../useLoad';
import { publishSuggestions } from './suggestion-store';

/** Reading the customer's comments: what is read so far and where the older ones are. */
interface ReadSoFar extends ThreadSoFar<CustomerComment> {
  /** The requester, whose flag log records the flags their words suggest. */
  requesterId: number | undefined;
  /** The ticket the comments are on, for "go to comment". */
  ticketId: number | undefined;
  /** Today in the customer's time zone, for a promise's due date. */
  today: PlainDate;
}

/** What the section shows: whether the customer has written, and the signals in their words. */
export type SignalsRead = ThreadRead<ReadSoFar>;

/** The section's thread of comments, read through the host, and what the agent can do with it. */
export function useSignals() {
  const { client, http, settings, retry, clock } = useHost();
  const thread = useMemo(
    () =>
      createCommentThread<ReadSoFar, CustomerComment, HttpError | HostError>({
        async first() {
          const [words] = await Promise.all([
            readLatestCustomerComments(client, http, retry),
            // The model only adds to the rules: if its chunk fails, the rules alone answer.
            loadSignalModel().catch(() => undefined),
          ]);
          if (!words.ok) return words;
          const { timeZone, locale, comments, nextPath, requesterId, ticketId } = words.value;
          // The mapped balance currency needs the user read the customer panel makes; a promise
          // written without a currency is priced in the account's default.
          const reader = messageReader(
            {
              language: locale,
              timeZone: timeZone ?? settings.defaultTimeZone,
              currency: settings.defaultCurrency,
            },
            clock.now(),
          );
          const read = (comment: CustomerComment) =>
            reader.read(String(comment.id), comment.text, comment.createdAt);
          const readings = comments.map(read);
          return ok({ readings, nextPath, requesterId, ticketId, read, today: reader.today });
        },
        older: (soFar, nextPath) =>
          soFar.requesterId === undefined
            ? undefined
            : readCustomerCommentPage(http, retry, nextPath, soFar.requesterId),
      }),
    [client, http, settings, retry, clock],
  );
  useEffect(() => {
    void thread.load();
    return thread.stop;
  }, [thread]);
  return { ...useSyncExternalStore(thread.subscribe, thread.getSnapshot), ...thread };
}

/**
 * Records in the requester's flag log the flags their words suggest and nobody has decided on, so
 * the guards here and in the new-ticket sidebar warn of them; answers the suggested flags the
 * customer has already. Best effort: a failed write is written again the next time the ticket is
 * read, and the section itself still shows the signals.
 */
export function useRecordSuggestions(read: SignalsRead | undefined): ReadonlySet<FlagKind> {
  const { t } = useI18n();
  const { http, retry, settings: shell, clock } = useHost();
  const [alreadySet, setAlreadySet] = useState<ReadonlySet<FlagKind>>(new Set());
  useEffect(() => {
    if (read?.requesterId === undefined) return;
    const { requesterId, view } = read;
    const suggestions = signalFlagSuggestions(
      t,
      view.items,
      'zendesk-comment',
      flagReasonMaxLength,
    );
    if (suggestions.length === 0) return;
    publishSuggestions(requesterId, suggestions);
    const settings = readHistorySettings(shell);
    let current = true;
    void recordFlagSuggestions(http, retry, requesterId, suggestions, settings, clock.now()).then(
      (recorded) => {
        if (current && recorded.ok) setAlreadySet(new Set(recorded.value.alreadySet));
      },
    );
    return () => {
      current = false;
    };
  }, [read, t, http, retry, shell, clock]);
  return alreadySet;
}

/** The customer's account and the agent, read only once the words hold a promise to record. */
export function usePromiseAccount(view: SignalsView | undefined): PromiseAccount | undefined {
  const host = useHost();
  const needed = view !== undefined && needsPromiseAccount(view.items);
  const load = useCallback(
    () => (needed ? readPromiseAccount(host) : Promise.resolve(ok(undefined))),
    [needed, host],
  );
  const { state } = useLoad(load);
  return state.status === 'ready' ? state.value : undefined;
}
