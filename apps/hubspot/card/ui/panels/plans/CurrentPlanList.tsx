/** The contact's current plan: each promise to pay with its state, and how the plan is going. */
import {
  Flex,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { formatDate } from '../../../../../../shared/calendar/display';
import { formatMoney } from '../../../../../../shared/money/money';
import type { PlanHealth, PromiseState } from '../../../../../../shared/plans';
import type { CurrentPlan } from '../../../host/plans';
import { Loadable, type Load } from '../../Loadable';
import { useCardI18n } from '../../i18n';

type Variant = 'danger' | 'warning' | 'info' | 'success' | 'default';

/** The colour of each promise state (its words are the catalog's `plans.states.*`). */
const promiseStateVariants: Record<PromiseState, Variant> = {
  pending: 'info',
  kept: 'success',
  'partly-kept': 'warning',
  broken: 'danger',
  cancelled: 'default',
};

const healthVariants: Record<PlanHealth, Variant> = {
  'on-track': 'success',
  'at-risk': 'warning',
  broken: 'danger',
};

/** The current plan in its loading, ready or failed state. */
export function CurrentPlanList(props: { plan: Load<CurrentPlan | undefined>; locale: string }) {
  return (
    <Loadable load={props.plan} id="current-plan" loading="card.plans.loadingCurrent" inline>
      {(plan) => <CurrentPlanView plan={plan} locale={props.locale} />}
    </Loadable>
  );
}

function CurrentPlanView({ plan, locale }: { plan: CurrentPlan | undefined; locale: string }) {
  const { t } = useCardI18n();
  if (plan === undefined) {
    return (
      <Text testId="current-plan-none" variant="microcopy">
        {t('card.plans.noCurrent')}
      </Text>
    );
  }
  const { health } = plan.evaluation;
  return (
    <Flex direction="column" gap="extra-small">
      <Flex direction="row" gap="extra-small" align="center">
        <Text format={{ fontWeight: 'bold' }}>{t('plans.currentTitle')}</Text>
        <StatusTag testId="current-plan-health" variant={healthVariants[health]}>
          {t(`plans.health.${health}`)}
        </StatusTag>
      </Flex>
      <Table bordered={false}>
        <TableHead>
          <TableRow>
            <TableHeader>{t('card.plans.due')}</TableHeader>
            <TableHeader>{t('card.plans.amount')}</TableHeader>
            <TableHeader>{t('card.plans.state')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.evaluation.promises.map(({ promise, state: promiseState }) => (
            <TableRow key={promise.id}>
              <TableCell>{formatDate(promise.due, locale)}</TableCell>
              <TableCell>{formatMoney(promise.amount, locale)}</TableCell>
              <TableCell>
                <StatusTag
                  testId={`promise-state-${promise.due}`}
                  variant={promiseStateVariants[promiseState]}
                >
                  {t(`plans.states.${promiseState}`)}
                </StatusTag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
