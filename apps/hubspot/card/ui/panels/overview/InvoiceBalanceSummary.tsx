/** The balance due on the contact's HubSpot invoices, or why it could not be loaded. */
import { DescriptionList, DescriptionListItem, Text } from '@hubspot/ui-extensions';
import { Loadable, type Load } from '../../Loadable';
import { useCardI18n } from '../../i18n';
import type { InvoiceBalanceView } from '../../../view/account-overview';

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
