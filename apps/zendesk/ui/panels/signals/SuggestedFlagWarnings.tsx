/**
 * Flags the customer's words suggested that no agent has set or cleared since (from the flag log's
 * `suggest` lines, and any the signals section has just made): a warning beside the contact
 * guards, never a block (issue 20). Used by the ticket sidebar's history panel and the new-ticket
 * sidebar; nothing shows when no flag is pending.
 */
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { pendingFlagWarningLines } from '../../../../../shared/signals/view-words';
import type { HistoryCustomer } from '../../../host/history';
import { useI18n } from '../../i18n';
import { usePublishedSuggestions } from './suggestion-store';

export function SuggestedFlagWarnings({ customer }: { customer: HistoryCustomer }) {
  const { t } = useI18n();
  const published = usePublishedSuggestions(customer.userId);
  const isSet = (flag: keyof HistoryCustomer['flagStates']) => customer.flagStates[flag];
  const lines = pendingFlagWarningLines(t, customer.suggestedFlags, published, isSet);
  if (lines.length === 0) return null;
  return (
    <Alert type="warning" style={{ marginTop: 8 }}>
      <Title>{t('signals.suggested.title')}</Title>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {lines.map(({ flag, line }) => (
          <li key={flag}>
            <SM>{line}</SM>
          </li>
        ))}
      </ul>
      <SM>{t('signals.suggested.hint')}</SM>
    </Alert>
  );
}
