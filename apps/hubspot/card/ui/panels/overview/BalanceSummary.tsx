/** The outstanding balance, its due date and days past due; or why there is none to show. */
import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  EmptyState,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { BalanceView, DueStatus } from '../../../view/account-overview';
import { balanceProperties } from '../../../../contract/properties';

const dueVariant = {
  upcoming: 'info',
  'due-today': 'warning',
  'past-due': 'error',
} as const satisfies Record<DueStatus, 'info' | 'warning' | 'error'>;

/** The balance as the agent reads it. */
export function BalanceSummary({ balance }: { balance: BalanceView }) {
  switch (balance.kind) {
    case 'none':
      return (
        <EmptyState testId="balance-empty" title="No balance set" layout="vertical" flush>
          <Text>
            This contact has no outstanding balance recorded. Set the {'"'}Outstanding balance{'"'},
            {' "'}Balance currency{'"'} and {'"'}Balance due date{'"'} properties (
            {balanceProperties.balance}, {balanceProperties.currency}, {balanceProperties.due}) to
            see it here.
          </Text>
          <Text variant="microcopy">
            If no contact shows a balance, Tactful may not be set up yet: the {'"'}Set up Tactful
            {'"'} checklist at the top of this card (for users who can change app settings) and in
            Tactful{"'"}s settings says what is missing.
          </Text>
        </EmptyState>
      );
    case 'unreadable':
      return (
        <Alert testId="balance-unreadable" title="The balance could not be read" variant="danger">
          {balance.problems.join('. ')}. Fix the value on the contact record.
        </Alert>
      );
    case 'clear':
      return (
        <DescriptionList direction="row">
          <DescriptionListItem label="Outstanding balance">
            <Text testId="balance-amount">{balance.amount}</Text>
            <Tag variant="success">Nothing due</Tag>
          </DescriptionListItem>
        </DescriptionList>
      );
    case 'outstanding':
      return (
        <DescriptionList direction="row">
          <DescriptionListItem label="Outstanding balance">
            <Text testId="balance-amount" format={{ fontWeight: 'bold' }}>
              {balance.amount}
            </Text>
          </DescriptionListItem>
          <DescriptionListItem label="Due date">
            <Text testId="balance-due-date">{balance.dueDate ?? 'Not set'}</Text>
            {balance.due ? (
              <Tag testId="balance-due-status" variant={dueVariant[balance.due.status]}>
                {balance.due.label}
              </Tag>
            ) : null}
          </DescriptionListItem>
        </DescriptionList>
      );
  }
}
