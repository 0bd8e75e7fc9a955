/** Who the customer is and what they owe: renders a CustomerView, knows nothing about Zendesk. */
import { Tag } from '@zendeskgarden/react-tags';
import { LG, MD, SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import { dueTag, type CustomerView } from '../../../../../shared/overview/view';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';

/** The customer card; `view.balance` undefined shows the "map the balance fields" empty state. */
export function CustomerCard({ view }: { view: CustomerView }) {
  const { t } = useI18n();
  const due = view.balance?.due && dueTag(t, view.balance.due);
  return (
    <section aria-label={t('customer.title')}>
      <LG tag="h2" isBold>
        {view.name}
      </LG>
      <SM>{view.email ?? t('customer.noEmail')}</SM>
      {view.timeZone && (
        <SM>
          {t('customer.localTime')}: {view.localTime} ({view.timeZone})
        </SM>
      )}
      <Well isRecessed style={{ marginTop: 12, padding: 12 }}>
        <SM tag="h3">{t('customer.balanceTitle')}</SM>
        {view.balance ? (
          <>
            <MD isBold aria-label={t('customer.balanceTitle')}>
              {view.balance.amount}
            </MD>
            {view.balance.dueDate && (
              <SM>
                {t('customer.dueOn', { date: view.balance.dueDate })}{' '}
                {due && <Tag hue={hue[due.emphasis]}>{due.text}</Tag>}
              </SM>
            )}
          </>
        ) : (
          <SM>{t('customer.noBalance')}</SM>
        )}
      </Well>
    </section>
  );
}
