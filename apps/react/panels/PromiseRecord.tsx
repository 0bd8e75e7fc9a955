/**
 * Recording a promise to pay the customer wrote, written once for both hosts over the kit: the
 * Record button, what was recorded, and why a write failed; which of them shows is
 * shared/signals/promise-recording's, and the form's checks and words shared/signals
 * (promise-offer.ts, view-words.ts). The hosts add the write, and the sidebar its check: there
 * Record opens the promise pre-filled (the amount in the account's currency, the day in the
 * customer's zone) for the agent to confirm, where the card records it as read in one click.
 */
import { useState, type ReactNode } from 'react';
import type { Translate } from '../../../shared/i18n';
import type { PlainDate } from '../../../shared/calendar/calendar';
import {
  confirmedPromise,
  promiseFormFrom,
  type ConfirmedPromise,
  type PromiseForm,
  type PromisePrefill,
} from '../../../shared/signals/promise-offer';
import {
  promiseRecordingView,
  type PromiseRecorder,
} from '../../../shared/signals/promise-recording';
import { useKit } from '../kit';
import { useSnapshot } from '../load';

/** The offer's recording: `check` (the sidebar's form) shows once Record has opened it. */
export function PromiseRecord<V, S, E>(props: {
  t: Translate;
  /** The offer's test id; the parts add `-promise-record`, `-promise-recorded`, `-promise-failed`. */
  id: string;
  recorder: PromiseRecorder<V, S, E>;
  /** What Record does: opens the check, or records the offer at once. */
  onRecord: () => void;
  recorded: (saved: S) => string;
  failure: (error: E) => { title: string; body: string };
  check?: ReactNode;
}) {
  const { Button, Text, Notice } = useKit();
  const { t, id, check } = props;
  const { recording } = useSnapshot(props.recorder);
  if (recording.status === 'saved') {
    return (
      <Text testId={`${id}-promise-recorded`} small role="status">
        {props.recorded(recording.value)}
      </Text>
    );
  }
  const failed = recording.status === 'failed' ? props.failure(recording.error) : undefined;
  return (
    <>
      {check !== undefined && recording.status !== 'closed' ? (
        check
      ) : (
        <Button
          testId={`${id}-promise-record`}
          variant="inline"
          busy={recording.status === 'saving'}
          onClick={props.onRecord}
        >
          {t('signals.promise.record')}
        </Button>
      )}
      {failed ? (
        <Notice
          testId={`${id}-promise-failed`}
          emphasis="bad"
          role="alert"
          title={failed.title}
          text={failed.body}
        />
      ) : null}
    </>
  );
}

/** The sidebar's check: the pre-filled amount and day, Confirm (recorded once) and Cancel. */
export function PromiseCheck(props: {
  t: Translate;
  locale: string;
  prefill: PromisePrefill;
  today: PlainDate;
  recorder: PromiseRecorder<ConfirmedPromise, unknown, unknown>;
}) {
  const { Form, Text, AmountInput, DateInput, Stack, Button } = useKit();
  const { t, locale, today, recorder } = props;
  const { currency } = props.prefill.amount;
  const [form, setForm] = useState<PromiseForm>(() => promiseFormFrom(props.prefill));
  const view = promiseRecordingView(useSnapshot(recorder).recording);
  const { amount, dueDate } = view.problems;
  const confirm = () => void recorder.submit(confirmedPromise(form, { today, currency, locale }));
  return (
    <Form label={t('signals.promise.confirmTitle')} onSubmit={confirm}>
      <Text bold>{t('signals.promise.confirmTitle')}</Text>
      <AmountInput
        name="tactful-promise-amount"
        label={t('signals.promise.amountField', { currency })}
        value={form.amount}
        problem={amount && t(amount)}
        onChange={(typed) => setForm({ ...form, amount: typed })}
      />
      <DateInput
        name="tactful-promise-due"
        label={t('signals.promise.dueField')}
        value={form.dueDate}
        min={today}
        problem={dueDate && t(dueDate)}
        onChange={(typed) => setForm({ ...form, dueDate: typed })}
      />
      <Stack row>
        <Button
          submit
          variant="primary"
          busy={view.saving}
          busyLabel={t('signals.promise.saving')}
          onClick={confirm}
        >
          {t('signals.promise.confirm')}
        </Button>
        <Button variant="inline" onClick={recorder.cancel}>
          {t('signals.promise.cancel')}
        </Button>
      </Stack>
    </Form>
  );
}
