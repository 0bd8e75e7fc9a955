/**
 * The payment plan panel: the chooser and the current plan are written once for both hosts
 * (apps/react/panels/PlanChooser.tsx); the sidebar adds its own actions: insert the summary into
 * the reply, accept (records and tags the ticket), Re-apply after a conflict, and follow up on the
 * next promise. Loaded lazily so the sidebar's first load stays small.
 */
import { SM } from '@zendeskgarden/react-typography';
import { formatLongDate } from '../../../../../shared/calendar/calendar';
import { acceptNotice, type AcceptState } from '../../../../../shared/plans/accept-view';
import { KitProvider, useKit } from '../../../../react/kit';
import {
  ChosenPlanActions,
  CurrentPlanBody,
  PlanChooser,
} from '../../../../react/panels/PlanChooser';
import { gardenKit } from '../../kit';
import { ReadState } from '../../ReadState';
import { useI18n } from '../../i18n';
import { usePlanSetup, usePlanWorkspace, type PlanSetup } from './usePlanPanel';

/** How the last Accept (or follow-up) ended, with Re-apply after a conflict. */
function AcceptStatus({ state, onReapply }: { state: AcceptState; onReapply: () => void }) {
  const { Notice, Button } = useKit();
  const { t, locale } = useI18n();
  const notice = acceptNotice(t, state, locale);
  if (notice === undefined) return null;
  const { emphasis, role, title, text } = notice;
  return (
    <Notice emphasis={emphasis} role={role} title={title} text={text}>
      {notice.reapply ? <Button onClick={onReapply}>{t('plans.reapply')}</Button> : null}
    </Notice>
  );
}

function Workspace({ setup }: { setup: Extract<PlanSetup, { kind: 'ready' }> }) {
  const { Stack, Button, Text } = useKit();
  const { t, locale } = useI18n();
  const workspace = usePlanWorkspace(setup);
  const { accept, view, current, evaluation, nextPending } = workspace;
  const chosen = view.chosen;
  const acceptIt = () => void workspace.acceptOption();
  const status = <AcceptStatus state={accept} onReapply={() => void workspace.reapply()} />;
  return (
    <Stack>
      <PlanChooser
        t={t}
        locale={locale}
        balance={setup.customer.balance.amount}
        form={workspace.form}
        view={view}
        onEdit={workspace.edit}
        onAsk={workspace.suggest}
        onPick={workspace.pick}
      >
        {chosen ? (
          <>
            <ChosenPlanActions t={t} option={chosen.option} accept={accept} onAccept={acceptIt}>
              <Button onClick={() => void workspace.insertSummary(chosen.option)}>
                {t('plans.insert')}
              </Button>
            </ChosenPlanActions>
            {workspace.inserted === 'done' && <Text role="status">{t('plans.inserted')}</Text>}
            {workspace.inserted === 'failed' && <Text role="alert">{t('plans.insertFailed')}</Text>}
            {status}
          </>
        ) : null}
      </PlanChooser>
      <ReadState state={workspace.plansRead} onRetry={workspace.retryPlans} />
      {current && evaluation ? (
        <CurrentPlanBody t={t} locale={locale} evaluation={evaluation} summary={current.summary}>
          {nextPending ? (
            <Button onClick={() => void workspace.followNextPromise()}>
              {t('plans.followNext', { date: formatLongDate(nextPending, locale) })}
            </Button>
          ) : null}
        </CurrentPlanBody>
      ) : null}
      {chosen ? null : status}
    </Stack>
  );
}

/** What the panel says instead of the workspace when there is nothing to plan with. */
const setupNotices = {
  'no-requester': 'customer.noRequester',
  'no-balance': 'plans.noBalance',
  'policy-needs-attention': 'plans.policyNeedsAttention',
} as const;

/** The plan panel's body: loading, error with Retry, the empty states, or the workspace. */
export function PlanPanel() {
  const { t } = useI18n();
  const { state, reload } = usePlanSetup();
  const setup = state.status === 'ready' ? state.value : undefined;
  return (
    <div style={{ marginTop: 8 }}>
      <ReadState state={state} onRetry={reload} />
      {setup?.kind === 'ready' && (
        <KitProvider kit={gardenKit}>
          <Workspace setup={setup} />
        </KitProvider>
      )}
      {setup && setup.kind !== 'ready' && <SM>{t(setupNotices[setup.kind])}</SM>}
    </div>
  );
}

export default PlanPanel;
