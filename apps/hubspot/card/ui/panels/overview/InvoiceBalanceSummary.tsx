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
import { backendErrorText } from '../../backend-error-text';
import type { Loaded } from '../../use-loaded';
import type { InvoiceBalanceView } from './useInvoiceBalance';

/** The invoice slot in its loading, ready or failed state. */
export function InvoiceBalanceSummary(props: {
  state: Loaded<InvoiceBalanceView, BackendError>;
  onRetry: () => void;
}) {
  const { state } = props;
  if (state.status === 'loading') {
    return <LoadingSpinner label="Loading invoices" size="xs" />;
  }
  if (state.status === 'failed') {
    const text = backendErrorText[state.error.code];
    return (
      <ErrorState testId="invoices-error" title={text.title}>
        <Text>{text.body}</Text>
        {state.error.code === 'daily-limit' ? null : (
          <Button testId="invoices-retry" onClick={props.onRetry}>
            Retry
          </Button>
        )}
      </ErrorState>
    );
  }
  if (state.value.openInvoices === 0) {
    return (
      <Text testId="invoices-none" variant="microcopy">
        No open HubSpot invoices.
      </Text>
    );
  }
  return (
    <DescriptionList direction="row">
      <DescriptionListItem
        testId="invoices-due"
        label={`Due on ${state.value.openInvoices} open ${state.value.openInvoices === 1 ? 'invoice' : 'invoices'}`}
      >
        <Text testId="invoices-amount">{state.value.amounts.join(' + ') || 'Nothing due'}</Text>
      </DescriptionListItem>
    </DescriptionList>
  );
}
