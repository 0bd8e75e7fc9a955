/** The summary block: last touches, contact counts, promises, days past due and stage. */
import { SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import type { SummaryRow, SummaryValue } from '../../../../../shared/history/view';
import { useI18n, type Translate } from '../../i18n';
import { formatMoment } from './history-view';

interface SummaryProps {
  rows: readonly SummaryRow[];
  /** The zone the agent reads times in. */
  agentZone: string;
}

/** A summary value (or the profile's last contact) in the agent's words. */
export function summaryText(
  t: Translate,
  value: SummaryValue,
  agentZone: string,
  locale: string,
): string {
  switch (value.kind) {
    case 'touch':
      return `${formatMoment(value.at, agentZone, locale)} · ${t(`history.channel.${value.channel}`)}`;
    case 'none':
      return t('history.summary.none');
    case 'contacts':
      return String(value.total);
    case 'count':
      return String(value.count);
    case 'stage':
      return value.stage;
    case 'unknown':
      return t('history.summary.unknown');
  }
}

/** The summary of the customer's contact history, as a definition list. */
export function SummarySection({ rows, agentZone }: SummaryProps) {
  const { t, locale } = useI18n();
  return (
    <Well isRecessed style={{ padding: 12 }}>
      <SM tag="h3" isBold>
        {t('history.summary.title')}
      </SM>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px' }}>
        {rows.map((row) => (
          <div key={row.code} style={{ display: 'contents' }}>
            <SM tag="dt">{t(`history.summary.${row.code}`)}</SM>
            <SM tag="dd" style={{ margin: 0 }}>
              {summaryText(t, row.value, agentZone, locale)}
            </SM>
          </div>
        ))}
      </dl>
    </Well>
  );
}
