/** The summary block: last touches, contact counts, promises, days past due and stage. */
import { SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import type { ContactEvent, HistorySummary } from '../../../../../shared/history';
import { useI18n } from '../../i18n';
import { formatMoment } from './history-view';

interface SummaryProps {
  summary: HistorySummary;
  /** The zone the agent reads times in. */
  agentZone: string;
}

/** The summary of the customer's contact history, as a definition list. */
export function SummarySection({ summary, agentZone }: SummaryProps) {
  const { t, locale } = useI18n();
  const when = (event: ContactEvent | null) =>
    event === null
      ? t('history.summary.none')
      : `${formatMoment(event.at, agentZone, locale)} · ${t(`history.channel.${event.channel}`)}`;
  const rows: [string, string][] = [
    [t('history.summary.lastInbound'), when(summary.lastInbound)],
    [t('history.summary.lastOutbound'), when(summary.lastOutbound)],
    [t('history.summary.lastConversation'), when(summary.lastRightPartyConversation)],
    [t('history.summary.contacts7'), String(summary.last7Days.total)],
    [t('history.summary.contacts30'), String(summary.last30Days.total)],
    [t('history.summary.openPromises'), String(summary.openPromises.length)],
    [t('history.summary.brokenPromises'), String(summary.brokenPromises.length)],
    [
      t('history.summary.daysPastDue'),
      summary.daysPastDue === null
        ? t('history.summary.unknown')
        : String(Math.max(0, summary.daysPastDue)),
    ],
    [t('history.summary.stage'), summary.stage ?? t('history.summary.unknown')],
  ];
  return (
    <Well isRecessed style={{ padding: 12 }}>
      <SM tag="h3" isBold>
        {t('history.summary.title')}
      </SM>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px' }}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <SM tag="dt">{label}</SM>
            <SM tag="dd" style={{ margin: 0 }}>
              {value}
            </SM>
          </div>
        ))}
      </dl>
    </Well>
  );
}
