/** The outstanding balance, its due date and days past due; or why there is none to show. */
import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  EmptyState,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { BalanceView } from '../../../view/account-overview';
import { balanceProperties } from '../../../../contract/properties';
import { dueTag } from '../../../../../../shared/overview/view';
import { tagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';

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
