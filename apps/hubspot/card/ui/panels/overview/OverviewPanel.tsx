/**
 * The account overview: who the customer is (name, email, language, time zone), the flags that
 * stop or narrow contact with them, what they owe and since when, and what their invoices say.
 */
import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  Divider,
  Flex,
  Heading,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { CustomerView, FlagView, InvoiceBalanceView } from '../../../view/account-overview';
import { useCardI18n } from '../../i18n';
import { Loadable, type Load } from '../../Loadable';
import { BalanceSummary } from './BalanceSummary';
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
      {flags.map((flag) => (
        <Flex key={flag.kind} direction="row" gap="extra-small" align="center">
          <Tag testId={`flag-${flag.kind}`} variant="warning">
            {t(`history.flags.name.${flag.kind}`)}
          </Tag>
          <Text variant="microcopy">
            {t('card.overview.flagSince', { date: flag.since })}
            {flag.reason ? `: ${flag.reason}` : ''}
          </Text>
        </Flex>
      ))}
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

/** The invoice slot in its loading, ready or failed state. */
function InvoiceBalanceSummary(props: { invoices: Load<InvoiceBalanceView> }) {
  return (
    <Loadable load={props.invoices} id="invoices" loading="card.overview.loadingInvoices" inline>
      {(invoices) => <InvoiceBalance invoices={invoices} />}
    </Loadable>
  );
}

function InvoiceBalance({ invoices }: { invoices: InvoiceBalanceView }) {
  const { t } = useCardI18n();
  if (invoices.openInvoices === 0) {
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
        label={t('card.overview.dueOnInvoices', { count: invoices.openInvoices })}
      >
        <Text testId="invoices-amount">
          {invoices.amounts.join(' + ') || t('card.overview.nothingDue')}
        </Text>
      </DescriptionListItem>
    </DescriptionList>
  );
}
