/**
 * The outstanding balance, its due date and days past due, or why there is none to show; and the
 * balance due on the contact's HubSpot invoices, or why it could not be loaded.
 */
import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  EmptyState,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { BalanceView, InvoiceBalanceView } from '../../../view/account-overview';
import { balanceProperties } from '../../../../contract/properties';
import { dueTag } from '../../../../../../shared/overview/view';
import { tagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import { Loadable, type Load } from '../../Loadable';

/** The balance as the agent reads it. */
export function BalanceSummary({ balance }: { balance: BalanceView }) {
  const { t } = useCardI18n();
  switch (balance.kind) {
    case 'none':
      return (
        <EmptyState
          testId="balance-empty"
          title={t('card.overview.noBalance.title')}
          layout="vertical"
          flush
        >
          <Text>{t('card.overview.noBalance.body', { ...balanceProperties })}</Text>
          <Text variant="microcopy">{t('card.overview.noBalance.setup')}</Text>
        </EmptyState>
      );
    case 'unreadable':
      return (
        <Alert testId="balance-unreadable" title={t('card.plans.unreadable')} variant="danger">
          {t('card.overview.unreadable', { problems: balance.problems.join('. ') })}
        </Alert>
      );
    case 'clear':
      return (
        <DescriptionList direction="row">
          <DescriptionListItem label={t('card.overview.balance')}>
            <Text testId="balance-amount">{balance.amount}</Text>
            <Tag variant="success">{t('card.overview.nothingDue')}</Tag>
          </DescriptionListItem>
        </DescriptionList>
      );
    case 'outstanding': {
      const due = balance.due && dueTag(t, balance.due);
      return (
        <DescriptionList direction="row">
          <DescriptionListItem label={t('card.overview.balance')}>
            <Text testId="balance-amount" format={{ fontWeight: 'bold' }}>
              {balance.amount}
            </Text>
          </DescriptionListItem>
          <DescriptionListItem label={t('card.overview.dueDate')}>
            <Text testId="balance-due-date">{balance.dueDate ?? t('card.overview.notSet')}</Text>
            {due ? (
              <Tag testId="balance-due-status" variant={tagVariant[due.emphasis]}>
                {due.text}
              </Tag>
            ) : null}
          </DescriptionListItem>
        </DescriptionList>
      );
    }
  }
}

/** The invoice slot in its loading, ready or failed state. */
export function InvoiceBalanceSummary(props: { invoices: Load<InvoiceBalanceView> }) {
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
