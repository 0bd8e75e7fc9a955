/**
 * "What the customer says": the signals in the contact's newest inbound email as the one view
 * model decides them (shared/signals/view.ts: order, words, flag states, the promise to pay, the
 * self-harm signposting, why no promise is offered). Set flag goes through the history panel's flag
 * write, with the email as its source; Record promise through the backend's idempotent write.
 */
import { useState } from 'react';
import { Alert, Button, Flex, LoadingButton, Tag, Text } from '@hubspot/ui-extensions';
import { ok } from '../../../../../../shared/ports';
import type { PromisePrefill } from '../../../../../../shared/signals/promise-offer';
import {
  createPromiseRecorder,
  promiseRecordingView,
} from '../../../../../../shared/signals/promise-recording';
import { signalsSectionView, type SignalEntryView } from '../../../../../../shared/signals/view';
import { recordPromiseOffer } from '../../../host/signal-promise';
import { ErrorAlert } from '../../ErrorAlert';
import { useRequestFlagReview } from '../../flag-request';
import { useCardServices } from '../../services';
import { useCardI18n } from '../../i18n';
import { Loadable } from '../../Loadable';
import { useSignals, type SignalsRead } from './useSignals';
import { useSnapshot } from '../../../../../react/load';

/** The panel, wired to its controller. */
export function SignalsPanel() {
  const signals = useSignals();
  return (
    <Loadable load={signals} id="signals" loading="signals.loading">
      {(read) => <SignalsView read={read} />}
    </Loadable>
  );
}

function SignalsView({ read }: { read: SignalsRead }) {
  const { t, locale } = useCardI18n();
  const { empty, signposting, entries } = signalsSectionView(t, read, {
    sourceKind: 'hubspot-email',
    isSet: (flag) => read.setFlags.includes(flag),
    today: read.today,
    locale,
    currency: 'as-written',
  });
  if (empty === 'no-message') {
    return (
      <Text testId="signals-no-message" variant="microcopy">
        {t('card.signals.noEmail')}
      </Text>
    );
  }
  return (
    <Flex direction="column" gap="small">
      {signposting === undefined ? null : (
        <Alert testId="signals-signposting" title={t('signals.action.self-harm')} variant="warning">
          {signposting}
        </Alert>
      )}
      {empty === 'none' ? (
        <Text testId="signals-none" variant="microcopy">
          {t('signals.none')}
        </Text>
      ) : null}
      {entries.map((entry, index) => (
        <SignalEntry key={entry.key} entry={entry} id={`signal-${index}`} />
      ))}
    </Flex>
  );
}

/** One click that records a pre-filled promise to pay, then says so. */
function RecordPromise({ prefill, id }: { prefill: PromisePrefill; id: string }) {
  const { t } = useCardI18n();
  const { backend, crm } = useCardServices();
  const [recorder] = useState(() =>
    createPromiseRecorder((offer: PromisePrefill) =>
      recordPromiseOffer(
        backend,
        crm.scope.contactId,
        offer,
        t('signals.reviewFlagReason', { excerpt: offer.excerpt }),
      ),
    ),
  );
  const view = promiseRecordingView(useSnapshot(recorder).recording);
  if (view.saved) {
    return (
      <Text testId={`${id}-promise-recorded`} variant="microcopy">
        {t('signals.promise.recorded')}
      </Text>
    );
  }
  return (
    <>
      <LoadingButton
        testId={`${id}-promise-record`}
        size="xs"
        loading={view.saving}
        disabled={view.saving}
        onClick={() => void recorder.submit(ok(prefill))}
      >
        {t('signals.promise.record')}
      </LoadingButton>
      {view.failed ? <ErrorAlert testId={`${id}-promise-failed`} code={view.failed.code} /> : null}
    </>
  );
}

function SignalEntry({ entry, id }: { entry: SignalEntryView; id: string }) {
  const { t } = useCardI18n();
  const requestReview = useRequestFlagReview();
  const row = { direction: 'row', gap: 'extra-small', align: 'center', wrap: true } as const;
  const { promise } = entry;
  return (
    <Flex direction="column" gap="extra-small">
      <Flex {...row}>
        <Text testId={`${id}-label`} format={{ fontWeight: 'bold' }}>
          {entry.label}
        </Text>
        {entry.details.map((detail, at) => (
          <Tag key={detail} testId={`${id}-detail-${at}`}>
            {detail}
          </Tag>
        ))}
        {entry.time === undefined ? null : <Tag testId={`${id}-time`}>{entry.time}</Tag>}
      </Flex>
      <Text testId={`${id}-said`} format={{ italic: true }}>
        {`${t('signals.said')}: “${entry.excerpt}”`}
      </Text>
      <Text testId={`${id}-action`}>{`${t('signals.actionLabel')}: ${entry.action}`}</Text>
      {promise === undefined ? null : (
        <Flex {...row}>
          {promise.amount && <Tag testId={`${id}-promise-amount`}>{promise.amount}</Tag>}
          {promise.due && <Tag testId={`${id}-promise-due`}>{promise.due}</Tag>}
          {entry.prefill && <RecordPromise prefill={entry.prefill} id={id} />}
        </Flex>
      )}
      {entry.promiseNote && <Text variant="microcopy">{entry.promiseNote}</Text>}
      {entry.flagsNote === undefined ? null : (
        <Flex {...row}>
          <Text testId={`${id}-flag-suggested`} variant="microcopy">
            {entry.flagsNote}
          </Text>
          {entry.flags.map(({ flag, alreadySet, label, request }) =>
            alreadySet ? (
              <Tag key={flag} testId={`${id}-already-${flag}`} variant="warning">
                {label}
              </Tag>
            ) : (
              <Button
                key={flag}
                testId={`${id}-set-${flag}`}
                size="xs"
                onClick={() => requestReview(request)}
              >
                {label}
              </Button>
            ),
          )}
        </Flex>
      )}
    </Flex>
  );
}
