/** The contact's current plan: each promise to pay with its state, and how the plan is going. */
import {
  Button,
  ErrorState,
  Flex,
  LoadingSpinner,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { formatLongDate } from '../../../../../../shared/calendar/calendar';
import { formatMoney } from '../../../../../../shared/money/money';
import type { PlanHealth, PromiseState } from '../../../../../../shared/plans';
import type { BackendError } from '../../../host/backend-client';
import type { CurrentPlan } from '../../../host/plans';
import { backendErrorText } from '../../backend-error-text';
import type { Loaded } from '../../use-loaded';

type Variant = 'danger' | 'warning' | 'info' | 'success' | 'default';

/** Words and colour for each promise state. */
export const promiseStateWords: Record<PromiseState, { label: string; variant: Variant }> = {
  pending: { label: 'Pending', variant: 'info' },
  kept: { label: 'Kept', variant: 'success' },
  'partly-kept': { label: 'Partly kept', variant: 'warning' },
  broken: { label: 'Broken', variant: 'danger' },
  cancelled: { label: 'Cancelled', variant: 'default' },
};

const healthWords: Record<PlanHealth, { label: string; variant: Variant }> = {
  'on-track': { label: 'On track', variant: 'success' },
  'at-risk': { label: 'At risk', variant: 'warning' },
  broken: { label: 'Broken', variant: 'danger' },
};

/** The current plan in its loading, ready or failed state. */
export function CurrentPlanList(props: {
  state: Loaded<CurrentPlan | undefined, BackendError>;
  locale: string;
  onRetry: () => void;
}) {
  const { state, locale } = props;
  if (state.status === 'loading')
    return <LoadingSpinner label="Loading the current plan" size="xs" />;
  if (state.status === 'failed') {
    const text = backendErrorText[state.error.code];
    return (
      <ErrorState testId="current-plan-error" title={text.title}>
        <Text>{text.body}</Text>
        <Button testId="current-plan-retry" onClick={props.onRetry}>
          Retry
        </Button>
      </ErrorState>
    );
  }
  const plan = state.value;
  if (plan === undefined) {
    return (
      <Text testId="current-plan-none" variant="microcopy">
        No payment plan is recorded on this contact yet.
      </Text>
    );
  }
  const health = healthWords[plan.evaluation.health];
  return (
    <Flex direction="column" gap="extra-small">
      <Flex direction="row" gap="extra-small" align="center">
        <Text format={{ fontWeight: 'bold' }}>Current plan</Text>
        <StatusTag testId="current-plan-health" variant={health.variant}>
          {health.label}
        </StatusTag>
      </Flex>
      <Table bordered={false}>
        <TableHead>
          <TableRow>
            <TableHeader>Due</TableHeader>
            <TableHeader>Amount</TableHeader>
            <TableHeader>State</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.evaluation.promises.map(({ promise, state: promiseState }) => (
            <TableRow key={promise.id}>
              <TableCell>{formatLongDate(promise.due, locale)}</TableCell>
              <TableCell>{formatMoney(promise.amount, locale)}</TableCell>
              <TableCell>
                <StatusTag
                  testId={`promise-state-${promise.due}`}
                  variant={promiseStateWords[promiseState].variant}
                >
                  {promiseStateWords[promiseState].label}
                </StatusTag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
