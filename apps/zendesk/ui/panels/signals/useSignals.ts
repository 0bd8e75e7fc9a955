/**
 * The signals section's state: shared/signals/section over the customer's comments on the ticket,
 * read through the host adapter (no user read of its own) with the learned model (its own chunk;
 * the word rules answer if it fails), each in the customer's language, time zone and currency.
 */
import { useMemo } from 'react';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { ok, type HttpError } from '../../../../../shared/ports';
import { loadSignalModel } from '../../../../../shared/signals/model/load';
import { messageReader } from '../../../../../shared/signals/reader';
import type { ThreadRead, ThreadSoFar } from '../../../../../shared/signals/comment-thread';
import { createSignalsSection } from '../../../../../shared/signals/section';
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
import { useStarted } from '../../../../react/load';
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

/**
 * The section's thread of comments, read through the host, and its side reads: the flags the words
 * suggest are published for the guards' warning and recorded in the requester's flag log (best
 * effort: a failed write is written again the next time the ticket is read), and the account for a
 * promise.
 */
export function useSignals() {
  const { t } = useI18n();
  const host = useHost();
  const { client, http, settings, retry, clock } = host;
  const section = useMemo(
    () =>
      createSignalsSection<ReadSoFar, CustomerComment, HttpError | HostError, PromiseAccount>({
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
        async record({ requesterId, view }) {
          if (requesterId === undefined) return undefined;
          const kind = 'zendesk-comment';
          const suggestions = signalFlagSuggestions(t, view.items, kind, flagReasonMaxLength);
          if (suggestions.length === 0) return undefined;
          publishSuggestions(requesterId, suggestions);
          const log = readHistorySettings(settings);
          const now = clock.now();
          const recorded = await recordFlagSuggestions(
            http,
            retry,
            requesterId,
            suggestions,
            log,
            now,
          );
          return recorded.ok ? ok(new Set(recorded.value.alreadySet)) : recorded;
        },
        account: () => readPromiseAccount(host),
      }),
    [t, host, client, http, settings, retry, clock],
  );
  return { ...useStarted(section), ...section };
}
