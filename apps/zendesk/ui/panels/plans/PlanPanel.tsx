/**
 * The payment plan panel: what the customer can afford (or their income and essential outgoings),
 * the options side by side, insert a summary into the reply, accept a plan, and the current plan's
 * promises with their states. Loaded lazily so the sidebar's first load stays small.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Input, Radio, Select } from '@zendeskgarden/react-forms';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { formatLongDate, type PlainDate } from '../../../../../shared/calendar/calendar';
import { formatMoney } from '../../../../../shared/money/money';
import {
  frequencies,
  type CapacityField,
  type CapacityForm,
  type CapacityProblem,
  type Frequency,
  type PromiseEvaluation,
} from '../../../../../shared/plans';
import { hue } from '../../hue';
import { ReadState } from '../../ReadState';
import { useI18n } from '../../i18n';
import {
  longerPlanText,
  optionCard,
  promiseRows,
  type OptionCard,
} from '../../../../../shared/plans/view-words';
import { usePlanSetup, usePlanWorkspace, type AcceptState, type PlanSetup } from './usePlanPanel';

type Mode = CapacityForm['mode'];

/** One amount the agent types, labelled by its field, with why it cannot be used. */
function MoneyField({
  field,
  amounts,
  onChange,
  problem,
}: {
  field: CapacityField;
  amounts: Record<CapacityField, string>;
  onChange: (amounts: Record<CapacityField, string>) => void;
  problem: CapacityProblem | undefined;
}) {
  const { t } = useI18n();
  const error = problem?.field === field ? problem.error : undefined;
  return (
    <Field style={{ marginTop: 8 }}>
      <Field.Label>{t(`plans.${field}Label`)}</Field.Label>
      <Input
        inputMode="decimal"
        value={amounts[field]}
        onChange={(event) => onChange({ ...amounts, [field]: event.target.value })}
        validation={error ? 'error' : undefined}
      />
      {error && <Field.Message validation="error">{t(`plans.fieldErrors.${error}`)}</Field.Message>}
    </Field>
  );
}

function CapacityFields({
  onSubmit,
  problem,
}: {
  onSubmit: (form: CapacityForm) => void;
  problem: CapacityProblem | undefined;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('per-period');
  const [amounts, setAmounts] = useState({ amount: '', income: '', outgoings: '' });
  const [per, setPer] = useState<Frequency>('monthly');
  const money = { amounts, onChange: setAmounts, problem };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { amount, income, outgoings } = amounts;
    onSubmit(mode === 'per-period' ? { mode, amount, per } : { mode, income, outgoings });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('plans.capacityTitle')}</Fieldset.Legend>
        {(['per-period', 'income-and-expenditure'] as const).map((value) => (
          <Field key={value}>
            <Radio
              name="tactful-capacity-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            >
              <Field.Label isRegular>
                {t(value === 'per-period' ? 'plans.modePerPeriod' : 'plans.modeIncome')}
              </Field.Label>
            </Radio>
          </Field>
        ))}
      </Fieldset>
      {mode === 'per-period' ? (
        <>
          <MoneyField field="amount" {...money} />
          <Field style={{ marginTop: 8 }}>
            <Field.Label>{t('plans.perLabel')}</Field.Label>
            <Select
              value={per}
              onChange={(event) => {
                const chosen = frequencies.find((f) => f === event.target.value);
                if (chosen) setPer(chosen);
              }}
            >
              {frequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`plans.frequencies.${frequency}`)}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : (
        <>
          <MoneyField field="income" {...money} />
          <MoneyField field="outgoings" {...money} />
        </>
      )}
      <Button type="submit" size="small" style={{ marginTop: 12 }}>
        {t('plans.showOptions')}
      </Button>
    </form>
  );
}

/** The options as stacked cards, one an option: each reads on its own in a 280 px sidebar. */
function OptionCards({
  cards,
  chosen,
  onChoose,
}: {
  cards: readonly OptionCard[];
  chosen: string | undefined;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Fieldset style={{ marginTop: 12, minWidth: 0 }}>
      <Fieldset.Legend>{t('plans.optionsTitle')}</Fieldset.Legend>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {cards.map((card) => (
          <li key={card.id} aria-label={card.title} style={{ marginTop: 8 }}>
            <Well isRecessed={chosen !== card.id} style={{ padding: 8 }}>
              <Field>
                <Radio
                  name="tactful-plan-option"
                  value={card.id}
                  checked={chosen === card.id}
                  onChange={() => onChoose(card.id)}
                >
                  <Field.Label>{card.title}</Field.Label>
                </Radio>
              </Field>
              <dl style={factsStyle}>
                {card.facts.map((fact) => (
                  <div key={fact.code} style={{ display: 'contents' }}>
                    <SM tag="dt">{fact.label}</SM>
                    <SM
                      tag="dd"
                      style={{
                        margin: 0,
                        overflowWrap: 'anywhere',
                        color: fact.emphasis === 'bad' ? '#cc3340' : undefined,
                      }}
                    >
                      {fact.value}
                    </SM>
                  </div>
                ))}
              </dl>
            </Well>
          </li>
        ))}
      </ul>
    </Fieldset>
  );
}

const factsStyle = {
  margin: '4px 0 0',
  display: 'grid',
  gridTemplateColumns: 'auto minmax(0, 1fr)',
  gap: '2px 8px',
} as const;

/** How each outcome of Accept is announced (idle and saving announce nothing). */
const acceptAlerts = {
  saved: { type: 'success', role: 'status' },
  following: { type: 'success', role: 'status' },
  conflict: { type: 'warning', role: 'alert' },
  error: { type: 'error', role: 'alert' },
} as const;

function AcceptStatus({ state, onReapply }: { state: AcceptState; onReapply: () => void }) {
  const { t, locale } = useI18n();
  if (state.status === 'idle' || state.status === 'saving') return null;
  const conflict = state.status === 'conflict';
  return (
    <Alert {...acceptAlerts[state.status]} style={{ marginTop: 8 }}>
      {conflict && <Alert.Title>{t('plans.conflictTitle')}</Alert.Title>}
      <Alert.Paragraph>
        {state.status === 'error'
          ? t('plans.saveFailed', { reason: t(`errors.${state.error.code}`) })
          : state.status === 'following'
            ? t('plans.followingUp', { date: formatLongDate(state.due, locale) })
            : t(conflict ? 'plans.conflict' : 'plans.saved')}
      </Alert.Paragraph>
      {conflict && (
        <Button size="small" onClick={onReapply} style={{ marginTop: 8 }}>
          {t('plans.reapply')}
        </Button>
      )}
    </Alert>
  );
}

function CurrentPlan({
  summary,
  evaluation,
  nextPending,
  onFollow,
}: {
  summary: string;
  evaluation: PromiseEvaluation;
  nextPending: PlainDate | undefined;
  onFollow: () => void;
}) {
  const { t, locale } = useI18n();
  const view = promiseRows(evaluation, t, locale);
  return (
    <Well isRecessed style={{ marginTop: 12, padding: 12 }}>
      <section aria-label={t('plans.currentTitle')}>
        <MD tag="h3" isBold>
          {t('plans.currentTitle')} <Tag hue={hue[view.healthEmphasis]}>{view.healthLabel}</Tag>
        </MD>
        <SM>{summary}</SM>
        <ul aria-label={t('plans.promisesTitle')} style={{ listStyle: 'none', padding: 0 }}>
          {view.rows.map((row) => (
            <li key={row.id} style={{ marginTop: 4 }}>
              <SM>
                {row.due}: {row.amount} <Tag hue={hue[row.emphasis]}>{row.stateLabel}</Tag>
              </SM>
            </li>
          ))}
        </ul>
        {nextPending && (
          <Button size="small" onClick={onFollow}>
            {t('plans.followNext', { date: formatLongDate(nextPending, locale) })}
          </Button>
        )}
      </section>
    </Well>
  );
}

function Workspace({ setup }: { setup: Extract<PlanSetup, { kind: 'ready' }> }) {
  const { t, locale } = useI18n();
  const workspace = usePlanWorkspace(setup);
  const [chosenId, setChosenId] = useState<string | undefined>();
  const cards = workspace.options.map((option) => optionCard(option, t, locale));
  const chosen = workspace.options.find((option) => option.id === chosenId);
  return (
    <>
      <SM>{t('plans.balance', { amount: formatMoney(setup.customer.balance.amount, locale) })}</SM>
      {workspace.current && workspace.evaluation && (
        <>
          <CurrentPlan
            summary={workspace.current.summary}
            evaluation={workspace.evaluation}
            nextPending={workspace.nextPending}
            onFollow={() => void workspace.followNextPromise()}
          />
          {!chosen && (
            <AcceptStatus state={workspace.accept} onReapply={() => void workspace.reapply()} />
          )}
        </>
      )}
      <div style={{ marginTop: 12 }}>
        <CapacityFields onSubmit={workspace.suggest} problem={workspace.problem} />
      </div>
      {workspace.requestError && (
        <Alert type="warning" role="alert" style={{ marginTop: 8 }}>
          <Alert.Paragraph>{workspace.requestError}</Alert.Paragraph>
        </Alert>
      )}
      {workspace.longer.map((notice) => (
        <Alert key={notice.frequency} type="warning" role="status" style={{ marginTop: 8 }}>
          <Alert.Paragraph>{longerPlanText(notice, t, locale)}</Alert.Paragraph>
        </Alert>
      ))}
      {cards.length > 0 && <OptionCards cards={cards} chosen={chosenId} onChoose={setChosenId} />}
      {chosen && (
        <div style={{ marginTop: 8 }}>
          <SM>{cards.find((card) => card.id === chosen.id)?.why}</SM>
          <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
            <Button size="small" onClick={() => void workspace.insertSummary(chosen)}>
              {t('plans.insert')}
            </Button>
            <Button
              size="small"
              isPrimary
              disabled={workspace.accept.status === 'saving'}
              onClick={() => void workspace.acceptOption(chosen)}
            >
              {workspace.accept.status === 'saving' ? t('plans.saving') : t('plans.accept')}
            </Button>
          </div>
          {workspace.inserted === 'done' && <SM role="status">{t('plans.inserted')}</SM>}
          {workspace.inserted === 'failed' && <SM role="alert">{t('plans.insertFailed')}</SM>}
          <AcceptStatus state={workspace.accept} onReapply={() => void workspace.reapply()} />
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
  const { state, retry } = usePlanSetup();
  const setup = state.status === 'ready' ? state.value : undefined;
  return (
    <div style={{ marginTop: 8 }}>
      <ReadState state={state} onRetry={retry} />
      {setup?.kind === 'ready' && <Workspace setup={setup} />}
      {setup && setup.kind !== 'ready' && <SM>{t(setupNotices[setup.kind])}</SM>}
    </div>
  );
}

export default PlanPanel;
