/** The balance due on the contact's HubSpot invoices, or why it could not be loaded. */
import {
  Button,
  DescriptionList,
  DescriptionListItem,
  ErrorState,
  LoadingSpinner,
  Text,
} from '@hubspot/ui-extensions';
import type { BackendError } from '../../../host/backend-client';
import { errorText } from '../../backend-error-text';
import { useCardI18n } from '../../i18n';
import type { Loaded } from '../../use-loaded';
import type { InvoiceBalanceView } from './useInvoiceBalance';

/** The invoice slot in its loading, ready or failed state. */
export function InvoiceBalanceSummary(props: {
  state: Loaded<InvoiceBalanceView, BackendError>;
  onRetry: () => void;
}) {
  const { state } = props;
  const { t } = useCardI18n();
  if (state.status === 'loading') {
    return <LoadingSpinner label={t('card.overview.loadingInvoices')} size="xs" />;
  }
  if (state.status === 'failed') {
    const text = errorText(t, state.error.code);
    return (
      <ErrorState testId="invoices-error" title={text.title}>
        <Text>{text.body}</Text>
        {state.error.code === 'daily-limit' ? null : (
          <Button testId="invoices-retry" onClick={props.onRetry}>
            {t('retry')}
          </Button>
        )}
      </ErrorState>
    );
  }
  if (state.value.openInvoices === 0) {
    return (
      <Text testId="invoices-none" variant="microcopy">
        {t('card.overview.noInvoices')}
      </Text>
    );
  }
  return (
    <DescriptionList direction="row">
      <DescriptionListItem
        testId="invoices-due"
        label={t('card.overview.dueOnInvoices', { count: state.value.openInvoices })}
      >
        <Text testId="invoices-amount">
          {state.value.amounts.join(' + ') || t('card.overview.nothingDue')}
        </Text>
      </DescriptionListItem>
    </DescriptionList>
  );
}
