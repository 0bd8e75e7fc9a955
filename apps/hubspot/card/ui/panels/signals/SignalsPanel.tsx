/**
 * "What the customer says": the signals in the contact's newest inbound email, safety first (the
 * one view model, shared/signals/view.ts), each with its label and details, the customer's words
 * as text, what to do, a one-click Set flag per suggested flag (through the history panel's flag
 * write, with the email as its source on the flag's note), and a promise's amount and day with a
 * one-click Record promise (the backend's idempotent promise write). Self-harm wording adds the
 * signposting line.
 */
import { useState } from 'react';
import { Alert, Button, Flex, LoadingButton, Tag, Text } from '@hubspot/ui-extensions';
import { flagReasonMaxLength } from '../../../../../../shared/history/flag-form';
import { promiseOffer, type PromiseOffer } from '../../../../../../shared/signals/promise-offer';
import { messageSource } from '../../../../../../shared/signals/source';
import type { SignalItem } from '../../../../../../shared/signals/view';
import {
  promiseOfferWords,
  signalFlagReason,
  suggestedFlagWords,
} from '../../../../../../shared/signals/view-words';
import type { FlagKind } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { isCompletePromiseOffer, recordPromiseOffer } from '../../../host/signal-promise';
import { ErrorAlert } from '../../ErrorAlert';
import { useRequestFlagReview } from '../../flag-request';
import { useCardServices } from '../../services';
import { useCardI18n } from '../../i18n';
import { Loadable } from '../../Loadable';
import { useSignals, type SignalsRead } from './useSignals';

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
  const { t } = useCardI18n();
  if (!read.hasMessage) {
    return (
      <Text testId="signals-no-message" variant="microcopy">
        {t('card.signals.noEmail')}
      </Text>
    );
  }
  const { view } = read;
  return (
    <Flex direction="column" gap="small">
      {view.signposting ? (
        <Alert testId="signals-signposting" title={t('signals.action.self-harm')} variant="warning">
          {t(view.signposting)}
        </Alert>
      ) : null}
      {view.items.length === 0 ? (
        <Text testId="signals-none" variant="microcopy">
          {t('signals.none')}
        </Text>
      ) : (
        view.items.map((item, index) => (
          <SignalEntry
            key={item.key}
            item={item}
            index={index}
            today={read.today}
            setFlags={read.setFlags}
          />
        ))
      )}
    </Flex>
  );
}

/** Where recording a promise stands. */
type PromiseWrite =
  { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: BackendError };

/** A promise's amount and day, and the one click that records it when both are known. */
function PromiseLine({ offer, id }: { offer: PromiseOffer; id: string }) {
  const { t, locale } = useCardI18n();
  const { backend, crm } = useCardServices();
  const [write, setWrite] = useState<PromiseWrite>({ status: 'idle' });
  const record = async () => {
    if (!isCompletePromiseOffer(offer)) return;
    setWrite({ status: 'saving' });
    const summary = t('signals.reviewFlagReason', { excerpt: offer.excerpt });
    const reply = await recordPromiseOffer(backend, crm.scope.contactId, offer, summary);
    setWrite(reply.ok ? { status: 'saved' } : { status: 'failed', error: reply.error });
  };
  const words = promiseOfferWords(t, offer, locale);
  return (
    <Flex direction="row" gap="extra-small" align="center" wrap>
      {words.amount === undefined ? null : (
        <Tag testId={`${id}-promise-amount`}>{words.amount}</Tag>
      )}
      {words.due === undefined ? null : <Tag testId={`${id}-promise-due`}>{words.due}</Tag>}
      {isCompletePromiseOffer(offer) && write.status !== 'saved' ? (
        <LoadingButton
          testId={`${id}-promise-record`}
          size="xs"
          loading={write.status === 'saving'}
          disabled={write.status === 'saving'}
          onClick={() => void record()}
        >
          {t('signals.promise.record')}
        </LoadingButton>
      ) : null}
      {write.status === 'saved' ? (
        <Text testId={`${id}-promise-recorded`} variant="microcopy">
          {t('signals.promise.recorded')}
        </Text>
      ) : null}
      {write.status === 'failed' ? (
        <ErrorAlert testId={`${id}-promise-failed`} code={write.error.code} />
      ) : null}
    </Flex>
  );
}

function SignalEntry(props: {
  item: SignalItem;
  index: number;
  today: string;
  /** Flags the contact has already: shown as set, with no button. */
  setFlags: readonly FlagKind[];
}) {
  const { item } = props;
  const { t } = useCardI18n();
  const requestReview = useRequestFlagReview();
  const id = `signal-${props.index}`;
  const fromMessage = messageSource('hubspot-email', item.commentId);
  const offer = promiseOffer(item, props.today);
  const suggested = suggestedFlagWords(t, item, (flag) => props.setFlags.includes(flag));
  const set = (flag: FlagKind) =>
    requestReview({
      flag,
      reason: signalFlagReason(t, item.excerpt, flagReasonMaxLength),
      setNow: true,
      ...(fromMessage === undefined ? {} : { fromMessage }),
    });
  return (
    <Flex direction="column" gap="extra-small">
      <Flex direction="row" gap="extra-small" align="center" wrap>
        <Text testId={`${id}-label`} format={{ fontWeight: 'bold' }}>
          {t(item.label)}
        </Text>
        {item.details.map((code, at) => (
          <Tag key={code} testId={`${id}-detail-${at}`}>
            {t(code)}
          </Tag>
        ))}
        {item.time === undefined ? null : <Tag testId={`${id}-time`}>{item.time}</Tag>}
      </Flex>
      <Text testId={`${id}-said`} format={{ italic: true }}>
        {`${t('signals.said')}: “${item.excerpt}”`}
      </Text>
      <Text testId={`${id}-action`}>{`${t('signals.actionLabel')}: ${t(item.action)}`}</Text>
      {offer === undefined ? null : <PromiseLine offer={offer} id={id} />}
      {suggested.length === 0 ? null : (
        <Flex direction="row" gap="extra-small" align="center" wrap>
          <Text testId={`${id}-flag-suggested`} variant="microcopy">
            {t('signals.flagSuggested')}
          </Text>
          {suggested.map(({ flag, alreadySet, label }) =>
            alreadySet ? (
              <Tag key={flag} testId={`${id}-already-${flag}`} variant="warning">
                {label}
              </Tag>
            ) : (
              <Button key={flag} testId={`${id}-set-${flag}`} size="xs" onClick={() => set(flag)}>
                {label}
              </Button>
            ),
          )}
        </Flex>
      )}
    </Flex>
  );
}
