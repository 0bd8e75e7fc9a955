/**
 * "What the customer said": the signals in the customer's comments (newest page first, older on
 * request), safety first, each with the words quoted (as text), a link to the comment, what to do,
 * a one-click button per suggested flag (set with the comment as its source in the flag log), and
 * a parsed promise's amount and day. Default export for React.lazy.
 */
import { useCallback, useEffect, useState } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { FlagKind } from '../../../../../shared/history';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { ok } from '../../../../../shared/ports';
import { promiseOffer, promiseToRecord } from '../../../../../shared/signals/promise-offer';
import { messageSource } from '../../../../../shared/signals/source';
import type { SignalItem } from '../../../../../shared/signals/view';
import {
  promiseOfferWords,
  signalFlagReason,
  signalFlagSuggestions,
  suggestedFlagWords,
} from '../../../../../shared/signals/view-words';
import { ticketCommentUrl } from '../../../host/comment-link';
import { readPromiseAccount, type PromiseAccount } from '../../../host/plans/signal-promise';
import {
  flagReasonMaxLength,
  readHistorySettings,
  recordFlagSuggestions,
} from '../../../host/history';
import { BusyButton } from '../../BusyButton';
import { useHost } from '../../ClientProvider';
import { errorMessage } from '../../error-message';
import { requestFlagReview } from '../../flag-request';
import { useI18n } from '../../i18n';
import { PanelBoundary } from '../../PanelBoundary';
import { ReadState } from '../../ReadState';
import { Section } from '../../Section';
import { useLoad } from '../../useLoad';
import { PromiseToPay } from './PromiseToPay';
import { publishSuggestions } from './suggestion-store';
import { useSignals, type SignalsRead } from './useSignals';

/** Short facts as small tags, in order; a missing one is left out. */
function Facts({ texts }: { texts: readonly (string | undefined)[] }) {
  return texts.map(
    (text) =>
      text !== undefined && (
        <Tag key={text} size="small" style={{ marginRight: 4 }}>
          {text}
        </Tag>
      ),
  );
}

function SignalEntry({
  item,
  alreadySet,
  ticketId,
  today,
  account,
}: {
  item: SignalItem;
  /** Suggested flags the customer has already: shown as set, with no button. */
  alreadySet: ReadonlySet<FlagKind>;
  ticketId: number | undefined;
  today: PlainDate;
  /** The customer's account and the agent, read only when the words hold a promise. */
  account: PromiseAccount | undefined;
}) {
  const { t, locale } = useI18n();
  const { context } = useHost();
  const label = t(item.label);
  const source = messageSource('zendesk-comment', item.commentId);
  const link =
    ticketId === undefined
      ? undefined
      : ticketCommentUrl(context.account?.subdomain, ticketId, item.commentId);
  const offer = promiseOffer(item, today);
  const offerWords = offer && promiseOfferWords(t, offer, locale);
  const toRecord =
    account === undefined
      ? undefined
      : promiseToRecord(item, { today, currency: account.currency });
  const currency = account?.currency;
  const set = (flag: FlagKind) =>
    requestFlagReview({
      flag,
      reason: signalFlagReason(t, item.excerpt, flagReasonMaxLength),
      setNow: true,
      ...(source === undefined ? {} : { source }),
    });
  return (
    <li aria-label={label} style={{ marginTop: 8 }}>
      <SM isBold>{label}</SM>
      <Facts texts={[...item.details.map((code) => t(code)), item.time]} />
      <blockquote aria-label={t('signals.said')} style={{ margin: '4px 0', fontStyle: 'italic' }}>
        “{item.excerpt}”
      </blockquote>
      {link !== undefined && (
        <Anchor href={link} target="_blank" rel="noopener noreferrer">
          {t('signals.goToComment')}
        </Anchor>
      )}
      <SM aria-label={t('signals.actionLabel')}>{t(item.action)}</SM>
      {offerWords !== undefined && (
        <div style={{ marginTop: 4 }}>
          <Facts texts={[offerWords.amount, offerWords.due]} />
        </div>
      )}
      {toRecord?.offered === true &&
        ticketId !== undefined &&
        currency !== undefined &&
        account && (
          <PromiseToPay
            prefill={toRecord.prefill}
            account={{ ...account, currency }}
            ticketId={ticketId}
            today={today}
          />
        )}
      {toRecord?.offered === false &&
        (toRecord.why === 'past-date' || toRecord.why === 'other-currency') && (
          <SM style={{ marginTop: 4 }}>{t(`signals.promise.why.${toRecord.why}`)}</SM>
        )}
      {item.suggestedFlags.length > 0 && (
        <div style={{ marginTop: 4 }}>
          <SM>{t('signals.flagSuggested')}</SM>
          {suggestedFlagWords(t, item, (flag) => alreadySet.has(flag)).map((suggested) =>
            suggested.alreadySet ? (
              <Tag key={suggested.flag} size="small" hue="red" style={{ marginRight: 4 }}>
                {suggested.label}
              </Tag>
            ) : (
              <Button
                key={suggested.flag}
                size="small"
                isBasic
                title={t('signals.setFlagHint')}
                onClick={() => set(suggested.flag)}
                style={{ marginRight: 4 }}
              >
                {suggested.label}
              </Button>
            ),
          )}
        </div>
      )}
    </li>
  );
}

/**
 * Records in the requester's flag log the flags their words suggest and nobody has decided on, so
 * the guards here and in the new-ticket sidebar warn of them. Best effort: a failed write is
 * written again the next time the ticket is read, and the section itself still shows the signals.
 */
function useRecordSuggestions(read: SignalsRead | undefined): ReadonlySet<FlagKind> {
  const { t } = useI18n();
  const { http, retry, settings: shell, clock } = useHost();
  // The suggested flags the customer has already (as the write's read saw them).
  const [alreadySet, setAlreadySet] = useState<ReadonlySet<FlagKind>>(new Set());
  useEffect(() => {
    if (read?.requesterId === undefined) return;
    const suggestions = signalFlagSuggestions(
      t,
      read.view.items,
      'zendesk-comment',
      flagReasonMaxLength,
    );
    if (suggestions.length === 0) return;
    publishSuggestions(read.requesterId, suggestions);
    const settings = readHistorySettings(shell);
    let current = true;
    void recordFlagSuggestions(
      http,
      retry,
      read.requesterId,
      suggestions,
      settings,
      clock.now(),
    ).then((recorded) => {
      if (current && recorded.ok) setAlreadySet(new Set(recorded.value.alreadySet));
    });
    return () => {
      current = false;
    };
  }, [read, t, http, retry, shell, clock]);
  return alreadySet;
}

/**
 * The customer's account and the agent, for recording a promise: read once the customer's words
 * hold a promise with an amount and a day (most tickets hold none, and pay no read for it).
 */
function usePromiseAccount(needed: boolean): PromiseAccount | undefined {
  const host = useHost();
  const load = useCallback(
    () => (needed ? readPromiseAccount(host) : Promise.resolve(ok(undefined))),
    [needed, host],
  );
  const { state } = useLoad(load);
  return state.status === 'ready' ? state.value : undefined;
}

function SignalsContent() {
  const { t } = useI18n();
  const { state, retry, hasOlder, older, loadOlder } = useSignals();
  const alreadySet = useRecordSuggestions(state.status === 'ready' ? state.value : undefined);
  const promised =
    state.status === 'ready' &&
    state.value.view.items.some(
      (item) => item.promise?.amount !== undefined && item.promise.date !== undefined,
    );
  const account = usePromiseAccount(promised);
  return (
    <Section title={t('signals.title')} style={{ marginTop: 16 }} panel>
      <ReadState state={state} onRetry={retry} label={t('signals.loading')} />
      {state.status === 'ready' && !state.value.hasComment && <SM>{t('signals.noComment')}</SM>}
      {state.status === 'ready' && state.value.hasComment && (
        <>
          {state.value.view.signposting && (
            <SM role="note" style={{ marginTop: 8 }}>
              {t(state.value.view.signposting)}
            </SM>
          )}
          {state.value.view.items.length === 0 ? (
            <SM>{t('signals.none')}</SM>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {state.value.view.items.map((item) => (
                <SignalEntry
                  key={item.key}
                  item={item}
                  alreadySet={alreadySet}
                  ticketId={state.value.ticketId}
                  today={state.value.today}
                  account={account}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {state.status === 'ready' && hasOlder && (
        <div style={{ marginTop: 8 }}>
          <BusyButton
            busy={older.status === 'loading'}
            label={t('signals.readOlder')}
            busyLabel={t('signals.readingOlder')}
            onClick={() => void loadOlder()}
          />
          {older.status === 'error' && <SM role="alert">{errorMessage(t, older.error)}</SM>}
        </div>
      )}
    </Section>
  );
}

/** The signals section behind its own error boundary, so a crash leaves the other panels working. */
export default function SignalsPanel() {
  return (
    <PanelBoundary>
      <SignalsContent />
    </PanelBoundary>
  );
}
