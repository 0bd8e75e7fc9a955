/** The account overview: who the customer is, what they owe and since when, and their flags. */
import { Divider, Flex } from '@hubspot/ui-extensions';
import { Loadable } from '../../Loadable';
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
  return (
    <Loadable load={overview} id="overview" loading="card.overview.loading">
      {(account) => (
        <Flex direction="column" gap="small">
          <CustomerSummary customer={account.customer} />
          <FlagList flags={account.flags} problems={account.flagProblems} />
          <Divider />
          <BalanceSummary balance={account.balance} />
          <InvoiceBalanceSummary invoices={invoices} />
        </Flex>
      )}
    </Loadable>
  );
}
