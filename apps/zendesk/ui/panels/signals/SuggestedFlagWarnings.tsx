/**
 * Flags the customer's words suggested that no agent has set or cleared since (from the flag log's
 * `suggest` lines): a warning beside the contact guards, never a block (issue 20). Used by the
 * ticket sidebar's history panel and the new-ticket sidebar.
 */
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { pendingFlagWarnings } from '../../../../../shared/signals/view-words';
import type { HistoryCustomer } from '../../../host/history';
import { useI18n } from '../../i18n';
import { usePublishedSuggestions } from './suggestion-store';

/**
 * The warning for `customer`'s pending suggestions (from the flag log, and any the signals section
 * has just made), one line per flag that is not set, or nothing when there are none.
 */
export function SuggestedFlagWarnings({ customer }: { customer: HistoryCustomer }) {
  const { t } = useI18n();
  const published = usePublishedSuggestions(customer.userId);
  const lines = pendingFlagWarnings(
    customer.suggestedFlags,
    published,
    (flag) => customer.flagStates[flag],
  );
  if (lines.length === 0) return null;
  return (
    <Alert type="warning" style={{ marginTop: 8 }}>
      <Title>{t('signals.suggested.title')}</Title>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {lines.map(({ flag, reason }) => (
          <li key={flag}>
            <SM>
              {t('signals.suggested.line', { flag: t(`history.flags.name.${flag}`), reason })}
            </SM>
          </li>
        ))}
      </ul>
      <SM>{t('signals.suggested.hint')}</SM>
    </Alert>
  );
}
