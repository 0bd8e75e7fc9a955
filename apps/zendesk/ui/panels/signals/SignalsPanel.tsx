/**
 * "What the customer said": the signals in the customer's comments (newest page first, older on
 * request) as the one view model decides them (shared/signals/view.ts: order, words, flag states,
 * the promise to pay, the self-harm signposting), with a link to each comment. Set flag is logged
 * with the comment as its source. Default export for React.lazy.
 */
import { signalsSectionView } from '../../../../../shared/signals/view';
import { ticketCommentUrl } from '../../../host/comment-link';
import { useHost } from '../../ClientProvider';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { requestFlagReview } from '../../flag-request';
import { useI18n } from '../../i18n';
import { gardenKit } from '../../kit';
import { PanelBoundary } from '../../PanelBoundary';
import { ReadState } from '../../ReadState';
import { Section } from '../../Section';
import { PromiseToPay } from './PromiseToPay';
import { useSignals } from './useSignals';
import { KitProvider } from '../../../../react/kit';
import { SignalsBody } from '../../../../react/panels/SignalsBody';

function SignalsContent() {
  const { t, locale } = useI18n();
  const { context } = useHost();
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
  return (
    <Section title={t('signals.title')} style={{ marginTop: 16 }} panel>
      <ReadState state={state} onRetry={reload} label={t('signals.loading')} />
      {read && section && (
        <SignalsBody
          t={t}
          section={section}
          noMessage="signals.noComment"
          onSetFlag={requestFlagReview}
          linkTo={(entry) =>
            read.ticketId === undefined
              ? undefined
              : ticketCommentUrl(context.account?.subdomain, read.ticketId, entry.commentId)
          }
          recordPromise={(prefill, id) =>
            read.ticketId !== undefined &&
            account && (
              <PromiseToPay
                {...{ id, prefill, account, today: read.today }}
                ticketId={read.ticketId}
              />
            )
          }
          older={
            hasOlder
              ? {
                  busy: older.status === 'loading',
                  failed:
                    older.status === 'error'
                      ? errorWords(t, { host: 'zendesk', error: older.error }).body
                      : undefined,
                  read: () => void loadOlder(),
                }
              : undefined
          }
        />
      )}
    </Section>
  );
}

/** The signals section behind its own error boundary, so a crash leaves the other panels working. */
export default function SignalsPanel() {
  return (
    <PanelBoundary>
      <KitProvider kit={gardenKit}>
        <SignalsContent />
      </KitProvider>
    </PanelBoundary>
  );
}
