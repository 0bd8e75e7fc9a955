/** The summary block: last touches, contact counts, promises, days past due and stage. */
import { SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import type { SummaryRow } from '../../../../../shared/history/view';
import { summaryValueText } from '../../../../../shared/history/view-words';
import { useI18n } from '../../i18n';
import { formatMoment } from './history-view';

interface SummaryProps {
  rows: readonly SummaryRow[];
  /** The zone the agent reads times in. */
  agentZone: string;
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
              {summaryValueText(t, row.value, agentZone, (at, zone) =>
                formatMoment(at, zone, locale),
              )}
            </SM>
          </div>
        ))}
      </dl>
    </Well>
  );
}
