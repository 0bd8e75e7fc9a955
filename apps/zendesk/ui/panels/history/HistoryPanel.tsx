/**
 * The contact history panel: summary, contact guards with the nudge, flag controls and the timeline,
 * or loading, an error with Retry, or "no requester". Default export for React.lazy.
 */
import { useMemo, type ReactNode } from 'react';
import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../../i18n';
import { PanelBoundary } from '../../PanelBoundary';
import { ReadState } from '../../ReadState';
import { CollectionsSummary } from './CollectionsSummary';
import { FlagControls } from './FlagControls';
import { GuardsSection } from './GuardsSection';
import { useFormatMoment, useHistoryView } from './history-view';
import {
  historyEvents,
  timelineRows,
  type LoadedHistory,
  type TimelineRow,
} from '../../../host/history/loaded-history';
import { useHistory } from './useHistory';
import { Section } from '../../Section';
import { gardenKit } from '../../kit';
import { KitProvider } from '../../../../react/kit';
import { HistorySummary } from '../../../../react/panels/HistoryInsight';
import { Timeline, type TimelinePart } from '../../../../react/panels/Timeline';

/** Where the panel sits: beside a ticket, or on a profile with the collections summary on top. */
export interface HistoryPanelProps {
  variant?: 'ticket' | 'profile';
  /** Profile only: open plans and promises, once the plans panel provides them. */
  planSlot?: ReactNode;
}

interface LoadedPanelProps extends HistoryPanelProps {
  history: LoadedHistory;
  controller: ReturnType<typeof useHistory>;
}

/** The sidebar's timeline is one part: its tickets (replies on request), then older tickets. */
function timelinePart(
  rows: readonly TimelineRow[],
  hasOlder: boolean,
  controller: ReturnType<typeof useHistory>,
): TimelinePart {
  const entries = rows.map(({ event, replies }) => ({
    event,
    ...(replies && {
      replies: {
        ticketId: replies.ticket.ticketId,
        status: replies.status,
        onShow: () => void controller.loadReplies(replies.ticket),
      },
    }),
  }));
  const busy = controller.more.status === 'loading';
  const onMore = () => void controller.loadOlder();
  return {
    id: 'history',
    headed: false,
    entries,
    ...(hasOlder && { more: { reads: 'older-tickets', busy, onMore } }),
  };
}

function LoadedPanel({ history, controller, variant, planSlot }: LoadedPanelProps) {
  const events = useMemo(() => historyEvents(history), [history]);
  const { view, agentZone } = useHistoryView(history.customer, events, controller.settings);
  const rows = useMemo(() => timelineRows(view.timeline, history), [view.timeline, history]);
  const { t } = useI18n();
  const format = useFormatMoment();
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {variant === 'profile' && (
        <CollectionsSummary
          customer={history.customer}
          stage={view.insight.summary.stage}
          lastContact={view.lastContact}
          agentZone={agentZone}
        >
          {planSlot}
        </CollectionsSummary>
      )}
      <HistorySummary t={t} rows={view.summary} zone={agentZone} format={format} />
      <GuardsSection
        view={view}
        customer={history.customer}
        countFor={variant === 'profile' ? undefined : 'ticket'}
      />
      <FlagControls customer={history.customer} write={controller.writeFlag} />
      <Timeline
        t={t}
        zone={agentZone}
        format={format}
        parts={[timelinePart(rows, history.nextPath !== undefined, controller)]}
        failure={
          controller.more.status === 'failed'
            ? { body: t('history.timeline.olderFailed') }
            : undefined
        }
      />
    </div>
  );
}

function HistoryContent(props: HistoryPanelProps) {
  const { t } = useI18n();
  const controller = useHistory();
  const { state, history } = controller;
  return (
    <Section title={t('history.title')} style={{ marginTop: 16 }} panel>
      <ReadState state={state} onRetry={controller.retryOpen} label={t('history.loading')} />
      {state.status === 'ready' && history === undefined && <SM>{t('history.noCustomer')}</SM>}
      {history && <LoadedPanel {...props} history={history} controller={controller} />}
    </Section>
  );
}

/** The history panel behind its own error boundary, so a crash leaves the other panels working. */
export default function HistoryPanel(props: HistoryPanelProps) {
  return (
    <PanelBoundary>
      <KitProvider kit={gardenKit}>
        <HistoryContent {...props} />
      </KitProvider>
    </PanelBoundary>
  );
}
