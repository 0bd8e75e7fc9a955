/**
 * A promise the customer wrote, offered as a promise to pay: one click opens the form pre-filled
 * with the amount (in the account's currency), the day (in the customer's zone) and the comment;
 * the agent checks it and confirms, and it is recorded through the plan records' idempotent path
 * (a one-payment plan, the ticket tagged to follow it). When and what to offer, the form's checks
 * and its words are decided in shared/signals (promise-offer.ts, view-words.ts); this renders it.
 */
import { useState, type InputHTMLAttributes } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { SM } from '@zendeskgarden/react-typography';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { ok } from '../../../../../shared/ports';
import {
  confirmedPromise,
  promiseFormFrom,
  type ConfirmedPromise,
  type PromiseForm,
  type PromisePrefill,
} from '../../../../../shared/signals/promise-offer';
import {
  createPromiseRecorder,
  promiseRecordingView,
} from '../../../../../shared/signals/promise-recording';
import { promiseRecordedWords } from '../../../../../shared/signals/view-words';
import { recordSignalPromise, type PromiseAccount } from '../../../host/plans/signal-promise';
import { readTicketScope } from '../../../host/ticket-scope';
import { BusyButton } from '../../BusyButton';
import { useHost } from '../../ClientProvider';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { useI18n } from '../../i18n';
import { useSnapshot } from '../../../../react/load';

/** One labelled field of the form, with its problem (if any) under it. */
function PromiseField(props: {
  label: string;
  problem: string | undefined;
  input: InputHTMLAttributes<HTMLInputElement>;
  style?: { marginTop: number };
}) {
  return (
    <Field style={props.style}>
      <Field.Label>{props.label}</Field.Label>
      <Input
        isCompact
        {...props.input}
        validation={props.problem === undefined ? undefined : 'error'}
      />
      {props.problem && <Field.Message validation="error">{props.problem}</Field.Message>}
    </Field>
  );
}

export function PromiseToPay(props: {
  prefill: PromisePrefill;
  account: PromiseAccount;
  ticketId: number;
  today: PlainDate;
}) {
  const { prefill, account, ticketId, today } = props;
  const { currency } = prefill.amount;
  const { t, locale } = useI18n();
  const { http, retry, client } = useHost();
  const [form, setForm] = useState<PromiseForm>(() => promiseFormFrom(prefill));
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
  const { recording } = useSnapshot(recorder);
  const view = promiseRecordingView(recording);

  if (view.closed) {
    return (
      <div style={{ marginTop: 4 }}>
        <Button size="small" onClick={recorder.open}>
          {t('signals.promise.record')}
        </Button>
      </div>
    );
  }
  if (view.saved) {
    return (
      <SM role="status" style={{ marginTop: 4 }}>
        {promiseRecordedWords(t, view.saved, locale)}
      </SM>
    );
  }
  const field = (key: keyof PromiseForm) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) =>
      setForm({ ...form, [key]: event.target.value }),
  });
  const { amount, dueDate } = view.problems;
  return (
    <form
      aria-label={t('signals.promise.confirmTitle')}
      style={{ marginTop: 4 }}
      onSubmit={(event) => {
        event.preventDefault();
        void recorder.submit(confirmedPromise(form, { today, currency, locale }));
      }}
    >
      <SM isBold>{t('signals.promise.confirmTitle')}</SM>
      <PromiseField
        label={t('signals.promise.amountField', { currency })}
        problem={amount && t(amount)}
        input={{ inputMode: 'decimal', ...field('amount') }}
      />
      <PromiseField
        label={t('signals.promise.dueField')}
        problem={dueDate && t(dueDate)}
        input={{ type: 'date', min: today, ...field('dueDate') }}
        style={{ marginTop: 4 }}
      />
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <BusyButton
          type="submit"
          isPrimary
          busy={view.saving}
          label={t('signals.promise.confirm')}
          busyLabel={t('signals.promise.saving')}
        />
        <Button size="small" isBasic onClick={recorder.cancel}>
          {t('signals.promise.cancel')}
        </Button>
      </div>
      {view.failed && (
        <SM role="alert">{errorWords(t, { host: 'zendesk', error: view.failed }).body}</SM>
      )}
    </form>
  );
}
