/**
 * "What the customer said": the signals in the customer's comments (newest page first, older on
 * request) as the one view model decides them (shared/signals/view.ts: order, words, flag states,
 * the promise to pay, the self-harm signposting), with a link to each comment. Set flag is logged
 * with the comment as its source. Default export for React.lazy.
 */
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { signalsSectionView, type SignalEntryView } from '../../../../../shared/signals/view';
import { ticketCommentUrl } from '../../../host/comment-link';
import type { PromiseAccount } from '../../../host/plans/signal-promise';
import { BusyButton } from '../../BusyButton';
import { useHost } from '../../ClientProvider';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { requestFlagReview } from '../../flag-request';
import { useI18n } from '../../i18n';
import { PanelBoundary } from '../../PanelBoundary';
import { ReadState } from '../../ReadState';
import { Section } from '../../Section';
import { PromiseToPay } from './PromiseToPay';
import { useSignals } from './useSignals';

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

function SignalEntry(props: {
  entry: SignalEntryView;
  ticketId: number | undefined;
  today: PlainDate;
  account: PromiseAccount | undefined;
}) {
  const { t } = useI18n();
  const { context } = useHost();
  const { entry, ticketId, account } = props;
  const link =
    ticketId === undefined
      ? undefined
      : ticketCommentUrl(context.account?.subdomain, ticketId, entry.commentId);
  const gap = { marginTop: 4 };
  return (
    <li aria-label={entry.label} style={{ marginTop: 8 }}>
      <SM isBold>{entry.label}</SM>
      <Facts texts={[...entry.details, entry.time]} />
      <blockquote aria-label={t('signals.said')} style={{ margin: '4px 0', fontStyle: 'italic' }}>
        “{entry.excerpt}”
      </blockquote>
      {link !== undefined && (
        <Anchor href={link} target="_blank" rel="noopener noreferrer">
          {t('signals.goToComment')}
        </Anchor>
      )}
      <SM aria-label={t('signals.actionLabel')}>{entry.action}</SM>
      {entry.promise && (
        <div style={gap}>
          <Facts texts={[entry.promise.amount, entry.promise.due]} />
        </div>
      )}
      {entry.prefill && ticketId !== undefined && account && (
        <PromiseToPay prefill={entry.prefill} {...{ account, ticketId, today: props.today }} />
      )}
      {entry.promiseNote && <SM style={gap}>{entry.promiseNote}</SM>}
      {entry.flagsNote && (
        <div style={gap}>
          <SM>{entry.flagsNote}</SM>
          {entry.flags.map(({ flag, alreadySet, label, request }) =>
            alreadySet ? (
              <Tag key={flag} size="small" hue="red" style={{ marginRight: 4 }}>
                {label}
              </Tag>
            ) : (
              <Button
                key={flag}
                size="small"
                isBasic
                title={t('signals.setFlagHint')}
                onClick={() => requestFlagReview(request)}
                style={{ marginRight: 4 }}
              >
                {label}
              </Button>
            ),
          )}
        </div>
      )}
    </li>
  );
}

function SignalsContent() {
  const { t, locale } = useI18n();
  const { state, reload, hasOlder, older, loadOlder, alreadySet, account } = useSignals();
  const read = state.status === 'ready' ? state.value : undefined;
  const section =
    read &&
    signalsSectionView(t, read, {
      sourceKind: 'zendesk-comment',
      isSet: (flag) => alreadySet.has(flag),
      today: read.today,
      locale,
      currency: account?.currency,
    });
  const { empty, signposting, entries = [] } = section ?? {};
  return (
    <Section title={t('signals.title')} style={{ marginTop: 16 }} panel>
      <ReadState state={state} onRetry={reload} label={t('signals.loading')} />
      {signposting && (
        <SM role="note" style={{ marginTop: 8 }}>
          {signposting}
        </SM>
      )}
      {empty && <SM>{t(empty === 'none' ? 'signals.none' : 'signals.noComment')}</SM>}
      {read && entries.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <SignalEntry
              key={entry.key}
              {...{ entry, account }}
              ticketId={read.ticketId}
              today={read.today}
            />
          ))}
        </ul>
      )}
      {read && hasOlder && (
        <div style={{ marginTop: 8 }}>
          <BusyButton
            busy={older.status === 'loading'}
            label={t('signals.readOlder')}
            busyLabel={t('signals.readingOlder')}
            onClick={() => void loadOlder()}
          />
          {older.status === 'error' && (
            <SM role="alert">{errorWords(t, { host: 'zendesk', error: older.error }).body}</SM>
          )}
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
