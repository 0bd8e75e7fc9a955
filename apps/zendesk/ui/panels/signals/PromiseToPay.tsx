/**
 * A promise the customer wrote, offered as a promise to pay: one click opens the form pre-filled
 * with the amount (in the account's currency), the day (in the customer's zone) and the comment;
 * the agent checks it and confirms, and it is recorded through the plan records' idempotent path
 * (a one-payment plan, the ticket tagged to follow it). When and what to offer is decided in
 * shared/signals/promise-offer.ts; this renders it.
 */
import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { SM } from '@zendeskgarden/react-typography';
import { formatDate } from '../../../../../shared/calendar/display';
import { formatMoney } from '../../../../../shared/money/money';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import {
  confirmedPromise,
  promiseFormFrom,
  type PromiseForm,
  type PromiseFormProblem,
  type PromisePrefill,
} from '../../../../../shared/signals/promise-offer';
import { recordSignalPromise, type PromiseAccount } from '../../../host/plans/signal-promise';
import { readTicketScope } from '../../../host/ticket-scope';
import type { HttpError } from '../../../../../shared/ports';
import { BusyButton } from '../../BusyButton';
import { useHost } from '../../ClientProvider';
import { errorMessage } from '../../error-message';
import { useI18n } from '../../i18n';

/** Where the confirmation stands. */
type Recording =
  | { status: 'closed' }
  | { status: 'open'; problems: PromiseFormProblem[] }
  | { status: 'saving' }
  | { status: 'saved'; amount: string; date: string }
  | { status: 'error'; error: HttpError };

const problemText = {
  amount: {
    malformed: 'signals.promise.problem.amount',
    'not-positive': 'signals.promise.problem.amountPositive',
  },
  dueDate: { malformed: 'signals.promise.problem.date', past: 'signals.promise.problem.pastDate' },
} as const;

export function PromiseToPay({
  prefill,
  account,
  ticketId,
  today,
}: {
  prefill: PromisePrefill;
  account: PromiseAccount & { currency: string };
  ticketId: number;
  today: PlainDate;
}) {
  const { t, locale } = useI18n();
  const { http, retry, client } = useHost();
  const [form, setForm] = useState<PromiseForm>(() => promiseFormFrom(prefill));
  const [recording, setRecording] = useState<Recording>({ status: 'closed' });
  const problem = (field: PromiseFormProblem['field']): string | undefined => {
    if (recording.status !== 'open') return undefined;
    const found = recording.problems.find((entry) => entry.field === field);
    if (found === undefined) return undefined;
    return found.field === 'amount'
      ? t(problemText.amount[found.error])
      : t(problemText.dueDate[found.error]);
  };

  const confirm = async () => {
    const confirmed = confirmedPromise(form, { today, currency: account.currency, locale });
    if (!confirmed.ok) return setRecording({ status: 'open', problems: confirmed.error });
    setRecording({ status: 'saving' });
    // The ticket's brand and group, for the outcomes filters; a promise is still recorded without.
    const scope = await readTicketScope(client);
    const written = await recordSignalPromise(http, retry, {
      ticketId,
      customerId: account.customerId,
      agentId: account.agentId,
      amount: confirmed.value.amount,
      dueDate: confirmed.value.dueDate,
      commentId: prefill.messageId,
      customerLocale: account.locale,
      today,
      ...(scope.ok ? { scope: scope.value } : {}),
    });
    if (!written.ok) return setRecording({ status: 'error', error: written.error });
    setRecording({
      status: 'saved',
      amount: formatMoney(confirmed.value.amount, locale),
      date: formatDate(confirmed.value.dueDate, locale),
    });
  };

  if (recording.status === 'closed') {
    return (
      <div style={{ marginTop: 4 }}>
        <Button size="small" onClick={() => setRecording({ status: 'open', problems: [] })}>
          {t('signals.promise.record')}
        </Button>
      </div>
    );
  }
  if (recording.status === 'saved') {
    return (
      <SM role="status" style={{ marginTop: 4 }}>
        {t('signals.promise.recordedOn', { amount: recording.amount, date: recording.date })}
      </SM>
    );
  }
  const amountError = problem('amount');
  const dateError = problem('dueDate');
  return (
    <form
      aria-label={t('signals.promise.confirmTitle')}
      style={{ marginTop: 4 }}
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <SM isBold>{t('signals.promise.confirmTitle')}</SM>
      <Field>
        <Field.Label>
          {t('signals.promise.amountField', { currency: account.currency })}
        </Field.Label>
        <Input
          isCompact
          inputMode="decimal"
          value={form.amount}
          onChange={(event) => setForm({ ...form, amount: event.target.value })}
          validation={amountError === undefined ? undefined : 'error'}
        />
        {amountError && <Field.Message validation="error">{amountError}</Field.Message>}
      </Field>
      <Field style={{ marginTop: 4 }}>
        <Field.Label>{t('signals.promise.dueField')}</Field.Label>
        <Input
          isCompact
          type="date"
          min={today}
          value={form.dueDate}
          onChange={(event) => setForm({ ...form, dueDate: event.target.value })}
          validation={dateError === undefined ? undefined : 'error'}
        />
        {dateError && <Field.Message validation="error">{dateError}</Field.Message>}
      </Field>
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <BusyButton
          type="submit"
          isPrimary
          busy={recording.status === 'saving'}
          label={t('signals.promise.confirm')}
          busyLabel={t('signals.promise.saving')}
        />
        <Button size="small" isBasic onClick={() => setRecording({ status: 'closed' })}>
          {t('signals.promise.cancel')}
        </Button>
      </div>
      {recording.status === 'error' && <SM role="alert">{errorMessage(t, recording.error)}</SM>}
    </form>
  );
}
