/** Who the customer is and what they owe: renders a CustomerView, knows nothing about Zendesk. */
import { Tag } from '@zendeskgarden/react-tags';
import { LG, MD, SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../i18n';
import type { CustomerView, DueStatus } from './customer-view';

function DueLabel({ due }: { due: DueStatus }) {
  const { t } = useI18n();
  if (due.kind === 'today') return <Tag hue="yellow">{t('customer.dueToday')}</Tag>;
  if (due.kind === 'upcoming') return <Tag>{t('customer.dueInDays', { days: due.days })}</Tag>;
  return (
    <Tag hue="red">
      {due.days === 1 ? t('customer.oneDayPastDue') : t('customer.daysPastDue', { days: due.days })}
    </Tag>
  );
}

/** The customer card; `view.balance` undefined shows the "map the balance fields" empty state. */
export function CustomerCard({ view }: { view: CustomerView }) {
  const { t } = useI18n();
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
                {view.balance.due && <DueLabel due={view.balance.due} />}
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
