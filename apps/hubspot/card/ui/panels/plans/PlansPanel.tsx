/**
 * The plans panel: what the customer can afford, the options within the portal's policy, the
 * chosen summary to copy, accepting it (a note and one task per payment, written once), and the
 * contact's current plan with each promise's state.
 */
import { Alert, Button, Divider, EmptyState, Text } from '@hubspot/ui-extensions';
import { useCallback } from 'react';
import { err, type Result } from '../../../../../../shared/ports';
import { formatDate } from '../../../../../../shared/calendar/display';
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
import { useKit } from '../../../../../react/kit';
import {
  ChosenPlanActions,
  CurrentPlanBody,
  PlanChooser,
} from '../../../../../react/panels/PlanChooser';
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
          <Chooser context={setup.context} notes={setup.notes} />
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

/** The chooser written once for both hosts, with the card's own actions on the chosen option. */
function Chooser({ context, notes }: { context: PlanContext; notes: readonly PlanNote[] }) {
  const { Stack, Text: KitText, Button: KitButton } = useKit();
  const choice = usePlanChoice(context);
  const { t } = useCardI18n();
  const { view, acceptState } = choice;
  const selected = view.chosen;
  const locale = context.userLocale;
  const accept = () => void choice.accept();
  return (
    <Stack>
      {notes.map((note) => (
        <KitText key={note.code} small testId="plans-note">
          {planNoteText(note, t)}
        </KitText>
      ))}
      <PlanChooser
        t={t}
        locale={locale}
        balance={context.balance}
        form={choice.form}
        view={view}
        onEdit={choice.setForm}
        onPick={choice.select}
      >
        {selected ? (
          <>
            <KitText bold>{t('card.plans.summaryTitle')}</KitText>
            <KitText testId="plans-summary">{selected.summary}</KitText>
            <ChosenPlanActions
              t={t}
              option={selected.option}
              accept={acceptState}
              onAccept={accept}
            >
              <KitButton testId="plans-copy" onClick={() => void choice.copySummary()}>
                {t('card.plans.copySummary')}
              </KitButton>
            </ChosenPlanActions>
            {selected.option.withinPolicy ? null : (
              <KitText small>{t('card.plans.outsideNote')}</KitText>
            )}
            <AcceptOutcome state={acceptState} onRetry={accept} />
          </>
        ) : null}
      </PlanChooser>
      <Divider />
      <Loadable
        load={choice.currentPlan}
        id="current-plan"
        loading="card.plans.loadingCurrent"
        inline
      >
        {(plan) =>
          plan === undefined ? (
            <Text testId="current-plan-none" variant="microcopy">
              {t('card.plans.noCurrent')}
            </Text>
          ) : (
            <CurrentPlanBody
              t={t}
              locale={locale}
              evaluation={plan.evaluation}
              formatDay={formatDate}
            />
          )
        }
      </Loadable>
    </Stack>
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
