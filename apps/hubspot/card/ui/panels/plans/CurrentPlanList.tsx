/** The contact's current plan: each promise to pay with its state, and how the plan is going. */
import { Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import { formatDate } from '../../../../../../shared/calendar/display';
import { promiseRows } from '../../../../../../shared/plans/view-words';
import type { CurrentPlan } from '../../../host/plans';
import { statusTagVariant } from '../../emphasis';
import { Loadable, type Load } from '../../Loadable';
import { RowsTable } from '../../RowsTable';
import { useCardI18n } from '../../i18n';

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
  const words = promiseRows(plan.evaluation, t, locale, formatDate);
  return (
    <Flex direction="column" gap="extra-small">
      <Flex direction="row" gap="extra-small" align="center">
        <Text format={{ fontWeight: 'bold' }}>{t('plans.currentTitle')}</Text>
        <StatusTag testId="current-plan-health" variant={statusTagVariant[words.healthEmphasis]}>
          {words.healthLabel}
        </StatusTag>
      </Flex>
      <RowsTable
        bordered={false}
        headers={[t('card.plans.due'), t('card.plans.amount'), t('card.plans.state')]}
        rows={words.rows.map((row) => ({
          key: row.id,
          cells: [
            row.due,
            row.amount,
            <StatusTag
              key="state"
              testId={`promise-state-${row.dueOn}`}
              variant={statusTagVariant[row.emphasis]}
            >
              {row.stateLabel}
            </StatusTag>,
          ],
        }))}
      />
    </Flex>
  );
}
