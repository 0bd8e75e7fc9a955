/**
 * The plans panel: what the customer can afford, the options within the portal's policy, the
 * chosen summary to copy, accepting it (a note and one task per payment, written once), and the
 * contact's current plan with each promise's state.
 */
import {
  Alert,
  Button,
  ButtonRow,
  Divider,
  EmptyState,
  Flex,
  LoadingButton,
  Text,
} from '@hubspot/ui-extensions';
import { useCallback } from 'react';
import { err, type Result } from '../../../../../../shared/ports';
import { formatMoney } from '../../../../../../shared/money/money';
import {
  openPlanSetup,
  type PlanContext,
  type PlanNote,
  type PlanSetup,
} from '../../../host/plan-setup';
import { planNoteText, planSetupFailure } from '../../../view/plan-setup';
import { retryHelps } from '../../../../../../shared/i18n/error-words';
import { ErrorAlert } from '../../ErrorAlert';
import { useCardI18n } from '../../i18n';
import { Loadable, type Failure } from '../../Loadable';
import { useCardServices } from '../../services';
import { useLoaded } from '../../../../../react/load';
import { AffordabilityFields } from './AffordabilityFields';
import { CurrentPlanList } from './CurrentPlanList';
import { PlanOptionList } from './PlanOptionList';
import { acceptButton } from '../../../../../../shared/plans/accept-button';
import type { ChooserNotice } from '../../../../../../shared/plans/view';
import { chooserNoticeWords } from '../../../../../../shared/plans/view-words';
import type { MessageKey } from '../../../../../../shared/i18n';
import { usePlanChoice, type AcceptState } from './usePlanChoice';

/** The panel: loads the balance and policy, then shows the chooser (or why there is none). */
export function PlansPanel() {
  const { crm, backend, clock } = useCardServices();
  const { t } = useCardI18n();
  const load = useCallback(async (): Promise<Result<PlanSetup, Failure>> => {
    const setup = await openPlanSetup(crm, backend, clock.now());
    return setup.ok ? setup : err(planSetupFailure(setup.error, t));
  }, [crm, backend, clock, t]);
  const { state, reload } = useLoaded(load);
  return (
    <Loadable load={{ state, retry: reload }} id="plans" loading="card.plans.loading">
      {(setup) =>
        setup.kind === 'ready' ? (
          <PlanChooser context={setup.context} notes={setup.notes} />
        ) : (
          <EmptyState
            testId="plans-no-balance"
            title={t('card.plans.nothingToPlan')}
            layout="vertical"
            flush
          >
            <Text>{t('card.plans.noBalance')}</Text>
          </EmptyState>
        )
      }
    </Loadable>
  );
}

/** Each chooser notice's title. */
const noticeTitles = {
  'plan-problem': 'card.plans.noPlan',
  'nothing-fits': 'plans.nothingFits.title',
  'needs-longer-plan': 'card.plans.needsLongerPlan',
} as const satisfies Record<ChooserNotice['code'], MessageKey>;

function PlanChooser({ context, notes }: { context: PlanContext; notes: readonly PlanNote[] }) {
  const choice = usePlanChoice(context);
  const { t } = useCardI18n();
  const { view, acceptState } = choice;
  const selected = view.chosen;
  const acceptView = selected && acceptButton(acceptState, selected.option);
  return (
    <Flex direction="column" gap="small">
      {notes.map((note) => (
        <Text key={note.code} variant="microcopy" testId="plans-note">
          {planNoteText(note, t)}
        </Text>
      ))}
      <Text testId="plans-balance">
        {t('plans.balance', { amount: formatMoney(context.balance, context.userLocale) })}
      </Text>
      <AffordabilityFields
        form={choice.form}
        currency={context.balance.currency}
        problems={view.problems}
        onChange={choice.setForm}
      />
      {chooserNoticeWords(t, view, noticeTitles).map(({ key, title, text }) => (
        <Alert key={key} testId={`plans-${key}`} title={title ?? ''} variant="warning">
          {text}
        </Alert>
      ))}
      {view.options.length > 0 ? (
        <PlanOptionList
          options={view.options}
          {...(selected ? { selectedId: selected.id } : {})}
          onSelect={choice.select}
        />
      ) : null}
      {selected ? (
        <Flex direction="column" gap="extra-small">
          <Text format={{ fontWeight: 'bold' }}>{t('card.plans.summaryTitle')}</Text>
          <Text testId="plans-summary">{selected.summary}</Text>
          <ButtonRow>
            <Button testId="plans-copy" onClick={() => void choice.copySummary()}>
              {t('card.plans.copySummary')}
            </Button>
            <LoadingButton
              testId="plans-accept"
              variant="primary"
              loading={acceptView?.busy}
              disabled={acceptView?.disabled}
              onClick={() => void choice.accept()}
            >
              {t('plans.accept')}
            </LoadingButton>
          </ButtonRow>
          {selected.option.withinPolicy ? null : (
            <Text variant="microcopy">{t('card.plans.outsideNote')}</Text>
          )}
          <AcceptOutcome state={acceptState} onRetry={() => void choice.accept()} />
        </Flex>
      ) : null}
      <Divider />
      <CurrentPlanList plan={choice.currentPlan} locale={context.userLocale} />
    </Flex>
  );
}

function AcceptOutcome({ state, onRetry }: { state: AcceptState; onRetry: () => void }) {
  const { t } = useCardI18n();
  if (state.status === 'saved') {
    const tasks = state.write.taskIds.length;
    return (
      <Alert testId="plans-accepted" title={t('card.plans.recorded')} variant="success">
        {t(state.write.replayed ? 'card.plans.replayed' : 'card.plans.added', { tasks })}
      </Alert>
    );
  }
  if (state.status === 'failed') {
    return (
      <ErrorAlert
        testId="plans-accept-failed"
        code={state.error.code}
        more={t('card.plans.notTwice')}
      >
        {retryHelps(state.error.code) ? (
          <Button testId="plans-accept-retry" size="sm" onClick={onRetry}>
            {t('card.plans.tryAgain')}
          </Button>
        ) : null}
      </ErrorAlert>
    );
  }
  return null;
}
