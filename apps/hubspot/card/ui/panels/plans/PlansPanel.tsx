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
  ErrorState,
  Flex,
  LoadingButton,
  LoadingSpinner,
  Text,
} from '@hubspot/ui-extensions';
import { formatMoney } from '../../../../../../shared/money/money';
import { backendErrorText } from '../../backend-error-text';
import { AffordabilityFields } from './AffordabilityFields';
import { CurrentPlanList } from './CurrentPlanList';
import { PlanOptionList } from './PlanOptionList';
import type { PlanContext } from './plan-options';
import { usePlanChoice, type AcceptState } from './usePlanChoice';
import { usePlanSetup } from './usePlanSetup';

/** The panel: loads the balance and policy, then shows the chooser. */
export function PlansPanel() {
  const { state, retry } = usePlanSetup();
  if (state.status !== 'ready') {
    return <LoadingSpinner label="Getting payment plans ready" layout="centered" />;
  }
  const setup = state.value;
  if (setup.kind === 'no-balance') {
    return (
      <EmptyState testId="plans-no-balance" title="Nothing to plan" layout="vertical" flush>
        <Text>This contact has no outstanding balance recorded.</Text>
      </EmptyState>
    );
  }
  if (setup.kind === 'unreadable') {
    return (
      <ErrorState testId="plans-unreadable" title="The balance could not be read">
        <Text>{setup.message}</Text>
        <Button testId="plans-retry" onClick={retry}>
          Retry
        </Button>
      </ErrorState>
    );
  }
  return <PlanChooser context={setup.context} notes={setup.notes} />;
}

function PlanChooser({ context, notes }: { context: PlanContext; notes: string[] }) {
  const choice = usePlanChoice(context);
  const { options, selected, acceptState } = choice;
  const problems = options.ok ? [] : options.error;
  const planProblem = problems.find((problem) => problem.field === 'plan');
  const saving = acceptState.status === 'saving';
  return (
    <Flex direction="column" gap="small">
      {notes.map((note) => (
        <Text key={note} variant="microcopy" testId="plans-note">
          {note}
        </Text>
      ))}
      <Text testId="plans-balance">
        Balance to plan: {formatMoney(context.balance, context.userLocale)}
      </Text>
      <AffordabilityFields
        form={choice.form}
        currency={context.balance.currency}
        problems={problems}
        onChange={choice.setForm}
      />
      {planProblem ? (
        <Alert testId="plans-problem" title="No plan can be suggested" variant="warning">
          {planProblem.message}
        </Alert>
      ) : null}
      {options.ok ? (
        <>
          {options.value.anyFits ? null : (
            <Alert testId="plans-nothing-fits" title="No plan fits the policy" variant="warning">
              The closest options are shown with what they break, so you can escalate.
            </Alert>
          )}
          <PlanOptionList
            options={options.value.options}
            {...(selected ? { selectedId: selected.id } : {})}
            onSelect={choice.select}
          />
        </>
      ) : null}
      {selected ? (
        <Flex direction="column" gap="extra-small">
          <Text format={{ fontWeight: 'bold' }}>Summary for the customer</Text>
          <Text testId="plans-summary">{selected.summary}</Text>
          <ButtonRow>
            <Button testId="plans-copy" onClick={() => void choice.copySummary()}>
              Copy summary
            </Button>
            <LoadingButton
              testId="plans-accept"
              variant="primary"
              loading={saving}
              disabled={saving || !selected.withinPolicy}
              onClick={() => void choice.accept()}
            >
              Accept plan
            </LoadingButton>
          </ButtonRow>
          {selected.withinPolicy ? null : (
            <Text variant="microcopy">
              This option is outside the policy: escalate before accepting it.
            </Text>
          )}
          <AcceptOutcome state={acceptState} onRetry={() => void choice.accept()} />
        </Flex>
      ) : null}
      <Divider />
      <CurrentPlanList
        state={choice.currentPlan}
        locale={context.userLocale}
        onRetry={choice.retryCurrentPlan}
      />
    </Flex>
  );
}

function AcceptOutcome({ state, onRetry }: { state: AcceptState; onRetry: () => void }) {
  if (state.status === 'saved') {
    const tasks = state.write.taskIds.length;
    return (
      <Alert testId="plans-accepted" title="Plan recorded" variant="success">
        {state.write.replayed
          ? `This plan was already recorded: nothing was added twice (${tasks} payment tasks).`
          : `A note and ${tasks} payment ${tasks === 1 ? 'task were' : 'tasks were'} added to the contact.`}
      </Alert>
    );
  }
  if (state.status === 'failed') {
    const text = backendErrorText[state.error.code];
    return (
      <Alert testId="plans-accept-failed" title={text.title} variant="danger">
        {text.body} Trying again will not record the plan twice.
        {state.error.code === 'daily-limit' ? null : (
          <Button testId="plans-accept-retry" size="sm" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Alert>
    );
  }
  return null;
}
