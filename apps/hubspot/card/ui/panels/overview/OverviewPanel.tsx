/** The account overview: who the customer is, what they owe and since when, and their flags. */
import { Button, Divider, ErrorState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { useCardI18n } from '../../i18n';
import { BalanceSummary } from './BalanceSummary';
import { CustomerSummary } from './CustomerSummary';
import { FlagList } from './FlagList';
import { InvoiceBalanceSummary } from './InvoiceBalanceSummary';
import { useAccountOverview } from './useAccountOverview';
import { useInvoiceBalance } from './useInvoiceBalance';

/** The overview panel, wired to its controllers. */
export function OverviewPanel() {
  const overview = useAccountOverview();
  const invoices = useInvoiceBalance();
  const { state } = overview;
  const { t } = useCardI18n();

  if (state.status === 'loading') {
    return <LoadingSpinner label={t('card.overview.loading')} layout="centered" />;
  }
  if (state.status === 'failed') {
    return (
      <ErrorState testId="overview-error" title={state.error.title}>
        <Text>{state.error.message}</Text>
        <Button testId="overview-retry" onClick={overview.retry}>
          {t('retry')}
        </Button>
      </ErrorState>
    );
  }
  return (
    <Flex direction="column" gap="small">
      <CustomerSummary customer={state.value.customer} />
      <FlagList flags={state.value.flags} problems={state.value.flagProblems} />
      <Divider />
      <BalanceSummary balance={state.value.balance} />
      <InvoiceBalanceSummary state={invoices.state} onRetry={invoices.retry} />
    </Flex>
  );
}
