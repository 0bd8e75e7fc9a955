/** The customer panel: loading, error with Retry, "no requester", or the customer card. */
import { SM } from '@zendeskgarden/react-typography';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';
import { ReadState } from '../../ReadState';
import { CustomerCard } from './CustomerCard';
import { customerView } from '../../../../../shared/overview/view';
import { useCustomer } from './useCustomer';

/** Shows the ticket requester and their outstanding balance. */
export function CustomerPanel() {
  const { t, locale } = useI18n();
  const { clock } = useHost();
  const { state, reload } = useCustomer();
  if (state.status !== 'ready') return <ReadState state={state} onRetry={reload} />;
  if (state.value === undefined) return <SM>{t('customer.noRequester')}</SM>;
  return <CustomerCard view={customerView(state.value, locale, clock.now())} />;
}
