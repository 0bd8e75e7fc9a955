/**
 * The account overview: who the customer is (name, email, language, time zone), the flags that
 * stop or narrow contact with them, what they owe and since when, and what their invoices say.
 */
import { Alert, Divider, Flex, Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { CustomerView, FlagView } from '../../../view/account-overview';
import { useCardI18n } from '../../i18n';
import { Loadable } from '../../Loadable';
import { ActiveFlags } from '../../../../../react/panels/ActiveFlags';
import { BalanceSummary, InvoiceBalanceSummary } from './BalanceSummary';
import { useAccountOverview, useInvoiceBalance } from './useOverview';

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

/** The customer's name and contact facts. */
function CustomerSummary({ customer }: { customer: CustomerView }) {
  return (
    <Flex direction="column" gap="extra-small">
      <Heading testId="customer-name">{customer.name}</Heading>
      {customer.email ? <Text testId="customer-email">{customer.email}</Text> : null}
      {customer.details.length > 0 ? (
        <Flex direction="row" gap="extra-small" wrap>
          {customer.details.map((detail) => (
            <Tag key={detail}>{detail}</Tag>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** Active flags, and any flag values that could not be read. */
function FlagList({ flags, problems }: { flags: FlagView[]; problems: string[] }) {
  const { t } = useCardI18n();
  if (flags.length === 0 && problems.length === 0) return null;
  return (
    <Flex direction="column" gap="extra-small">
      <ActiveFlags t={t} flags={flags} />
      {problems.length > 0 ? (
        <Alert
          testId="flags-unreadable"
          title={t('card.overview.flagsUnreadable')}
          variant="warning"
        >
          {problems.join('. ')}.
        </Alert>
      ) : null}
    </Flex>
  );
}
