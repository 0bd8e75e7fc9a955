/**
 * A promise the customer wrote, offered as a promise to pay (apps/react/panels/PromiseRecord.tsx):
 * one click opens the check, pre-filled; what the agent confirms is recorded through the plan
 * records' idempotent path (a one-payment plan, the ticket tagged to follow it).
 */
import { useState } from 'react';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { ok } from '../../../../../shared/ports';
import type { ConfirmedPromise, PromisePrefill } from '../../../../../shared/signals/promise-offer';
import { createPromiseRecorder } from '../../../../../shared/signals/promise-recording';
import { promiseRecordedWords } from '../../../../../shared/signals/view-words';
import { PromiseCheck, PromiseRecord } from '../../../../react/panels/PromiseRecord';
import { recordSignalPromise, type PromiseAccount } from '../../../host/plans/signal-promise';
import { readTicketScope } from '../../../host/ticket-scope';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';

export function PromiseToPay(props: {
  id: string;
  prefill: PromisePrefill;
  account: PromiseAccount;
  ticketId: number;
  today: PlainDate;
}) {
  const { prefill, account, ticketId, today } = props;
  const { t, locale } = useI18n();
  const { http, retry, client } = useHost();
  const [recorder] = useState(() =>
    createPromiseRecorder(async (confirmed: ConfirmedPromise) => {
      // The ticket's brand and group, for the outcomes filters; a promise is still recorded without.
      const scope = await readTicketScope(client);
      const written = await recordSignalPromise(http, retry, {
        ticketId,
        customerId: account.customerId,
        agentId: account.agentId,
        ...confirmed,
        commentId: prefill.messageId,
        customerLocale: account.locale,
        today,
        ...(scope.ok ? { scope: scope.value } : {}),
      });
      return written.ok ? ok(confirmed) : written;
    }),
  );
  return (
    <PromiseRecord
      t={t}
      id={props.id}
      recorder={recorder}
      onRecord={recorder.open}
      recorded={(saved) => promiseRecordedWords(t, saved, locale)}
      failure={(error) => errorWords(t, { host: 'zendesk', error })}
      check={<PromiseCheck {...{ t, locale, prefill, today, recorder }} />}
    />
  );
}
