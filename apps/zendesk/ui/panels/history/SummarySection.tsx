/** The summary block: last touches, contact counts, promises, days past due and stage. */
import { SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import type { SummaryRow } from '../../../../../shared/history/view';
import { summaryWords } from '../../../../../shared/history/view-words';
import { useI18n } from '../../i18n';
import { useFormatMoment } from './history-view';

/** The summary of the customer's contact history, as a definition list; times in `agentZone`. */
export function SummarySection(props: { rows: readonly SummaryRow[]; agentZone: string }) {
  const { t } = useI18n();
  const format = useFormatMoment();
  return (
    <Well isRecessed style={{ padding: 12 }}>
      <SM tag="h3" isBold>
        {t('history.summary.title')}
      </SM>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px' }}>
        {summaryWords(t, props.rows, props.agentZone, format).map((row) => (
          <div key={row.code} style={{ display: 'contents' }}>
            <SM tag="dt">{row.label}</SM>
            <SM tag="dd" style={{ margin: 0 }}>
              {row.text}
            </SM>
          </div>
        ))}
      </dl>
    </Well>
  );
}
