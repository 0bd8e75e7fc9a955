/** The customer panel: loading, error with Retry, "no requester", or the customer card. */
import { SM } from '@zendeskgarden/react-typography';
import { useHost } from '../../ClientProvider';
import { ErrorState } from '../../ErrorState';
import { errorMessage } from '../../error-message';
import { Loading } from '../../Loading';
import { useI18n } from '../../i18n';
import { CustomerCard } from './CustomerCard';
import { customerView } from '../../../../../shared/overview/view';
import { useCustomer } from './useCustomer';

/** Shows the ticket requester and their outstanding balance. */
export function CustomerPanel() {
  const { t, locale } = useI18n();
  const { clock } = useHost();
  const { state, retry } = useCustomer();
  if (state.status === 'loading') {
    return <Loading label={t('loading')} />;
  }
  if (state.status === 'error') {
    return <ErrorState message={errorMessage(t, state.error)} onRetry={retry} />;
  }
  if (state.value === undefined) return <SM>{t('customer.noRequester')}</SM>;
  return <CustomerCard view={customerView(state.value, locale, clock.now())} />;
}
