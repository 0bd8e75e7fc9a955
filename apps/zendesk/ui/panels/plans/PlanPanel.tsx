/**
 * The payment plan panel: what the customer can afford (or their income and essential outgoings),
 * the options side by side, insert a summary into the reply, accept a plan, and the current plan's
 * promises with their states. Loaded lazily so the sidebar's first load stays small.
 */
import { Button } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import { formatMoney } from '../../../../../shared/money/money';
import { acceptButton } from '../../../../../shared/plans/accept-button';
import { chooserNoticeWords } from '../../../../../shared/plans/view-words';
import { Notice } from '../../Notice';
import { ReadState } from '../../ReadState';
import { useI18n } from '../../i18n';
import { CapacityFields } from './CapacityFields';
import { AcceptStatus, CurrentPlan } from './CurrentPlan';
import { OptionCards } from './OptionCards';
import { usePlanSetup, usePlanWorkspace, type PlanSetup } from './usePlanPanel';

function Workspace({ setup }: { setup: Extract<PlanSetup, { kind: 'ready' }> }) {
  const { t, locale } = useI18n();
  const workspace = usePlanWorkspace(setup);
  const { accept, view } = workspace;
  const { options, problems, chosen } = view;
  const acceptView = chosen && acceptButton(accept, chosen.option);
  const status = <AcceptStatus state={accept} onReapply={() => void workspace.reapply()} />;
  return (
    <>
      <SM>{t('plans.balance', { amount: formatMoney(setup.customer.balance.amount, locale) })}</SM>
      <ReadState state={workspace.plansRead} onRetry={workspace.retryPlans} />
      {workspace.current && workspace.evaluation && (
        <>
          <CurrentPlan
            summary={workspace.current.summary}
            evaluation={workspace.evaluation}
            nextPending={workspace.nextPending}
            onFollow={() => void workspace.followNextPromise()}
          />
          {!chosen && status}
        </>
      )}
      <div style={{ marginTop: 12 }}>
        <CapacityFields
          form={workspace.form}
          onChange={workspace.edit}
          onSubmit={workspace.suggest}
          problems={problems}
        />
      </div>
      {chooserNoticeWords(t, view, { 'nothing-fits': 'plans.nothingFits.title' }).map(
        ({ key, role, title, text }) => (
          <Notice
            key={key}
            emphasis="caution"
            role={role}
            title={title}
            text={text}
            style={{ marginTop: 8 }}
          />
        ),
      )}
      {options.length > 0 && (
        <OptionCards
          cards={options.map((option) => option.card)}
          chosen={chosen?.id}
          onChoose={workspace.pick}
        />
      )}
      {chosen && (
        <div style={{ marginTop: 8 }}>
          <SM>{chosen.card.why}</SM>
          <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
            <Button size="small" onClick={() => void workspace.insertSummary(chosen.option)}>
              {t('plans.insert')}
            </Button>
            <Button
              size="small"
              isPrimary
              disabled={acceptView?.disabled}
              onClick={() => void workspace.acceptOption()}
            >
              {acceptView?.busy ? t('plans.saving') : t('plans.accept')}
            </Button>
          </div>
          {workspace.inserted === 'done' && <SM role="status">{t('plans.inserted')}</SM>}
          {workspace.inserted === 'failed' && <SM role="alert">{t('plans.insertFailed')}</SM>}
          {status}
        </div>
      )}
    </>
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
      {setup?.kind === 'ready' && <Workspace setup={setup} />}
      {setup && setup.kind !== 'ready' && <SM>{t(setupNotices[setup.kind])}</SM>}
    </div>
  );
}

export default PlanPanel;
