/**
 * The plans panel written once for both hosts over the kit: the balance, what the customer can
 * afford, the chooser's notices, the options with their facts and why, and the current plan's
 * promises. What to show is shared/plans' (choice.ts, view.ts, view-words.ts); the hosts add only
 * their own actions (the sidebar's Insert and ticket tagging, the card's Copy and its tasks).
 *
 * Where the hosts differed, one rendering for both: the modes are the core's three on both (the
 * sidebar gains "Not known yet", the policy's lowest payments); the amount fields carry the shared
 * labels and the card's hints (the balance line above says the currency); the options are one
 * choice (the sidebar's radio buttons, the card's Select) above one box an option, each with its
 * facts and why (the agent sees why before choosing, not only after); a notice has a title where
 * the title adds to the text ("needs a longer plan" opens with the same words, so it has none);
 * the current plan is a list of promises, each with its state tag (the card's table is gone: three
 * columns do not read in a narrow card), under the chooser on both hosts.
 */
import type { ReactNode } from 'react';
import type { MessageKey, Translate } from '../../../shared/i18n';
import { formatMoney, type Money } from '../../../shared/money/money';
import { frequencies, type PromiseEvaluation } from '../../../shared/plans';
import { capacityInputs } from '../../../shared/plans/capacity-inputs';
import {
  capacityModes,
  type AcceptProgress,
  type CapacityMode,
  type ChooserView,
  type PlanForm,
} from '../../../shared/plans/choice';
import { acceptButton } from '../../../shared/plans/accept-button';
import type { ChooserNotice } from '../../../shared/plans/view';
import { chooserNoticeWords, promiseRows, type FormatDay } from '../../../shared/plans/view-words';
import { oneOf, useKit } from '../kit';

/** Each mode's words. */
const modeLabels = {
  'per-period': 'plans.modePerPeriod',
  'income-and-expenditure': 'plans.modeIncome',
  none: 'plans.modeNone',
} as const satisfies Record<CapacityMode, MessageKey>;

/** A hint where the field needs one: what "can pay" means, what counts as essential. */
const amountHints = { amount: 'plans.amountHint', outgoings: 'plans.outgoingsHint' } as const;

/** The chooser notices' titles: none for "needs a longer plan", whose text says it already. */
const noticeTitles = {
  'plan-problem': 'plans.noPlan.title',
  'nothing-fits': 'plans.nothingFits.title',
} as const satisfies Partial<Record<ChooserNotice['code'], MessageKey>>;

/** The chooser: balance, capacity form, notices, options; `children` act on the chosen option. */
export function PlanChooser(props: {
  t: Translate;
  locale: string;
  balance: Money;
  form: PlanForm;
  view: ChooserView;
  onEdit: (change: Partial<PlanForm>) => void;
  /** Shows the options for the form as typed; absent where the chooser is live (the card). */
  onAsk?: (() => void) | undefined;
  onPick: (optionId: string) => void;
  children?: ReactNode;
}) {
  const { Stack, Text, Notice } = useKit();
  const { t, view } = props;
  return (
    <Stack>
      <Text testId="plans-balance">
        {t('plans.balance', { amount: formatMoney(props.balance, props.locale) })}
      </Text>
      <CapacityForm t={t} form={props.form} view={view} onEdit={props.onEdit} onAsk={props.onAsk} />
      {chooserNoticeWords(t, view, noticeTitles).map(({ key, role, title, text }) => (
        <Notice
          key={key}
          testId={`plans-${key}`}
          emphasis="caution"
          role={role}
          title={title}
          text={text}
        />
      ))}
      {view.options.length > 0 ? <PlanOptions t={t} view={view} onPick={props.onPick} /> : null}
      {view.chosen ? props.children : null}
    </Stack>
  );
}

function CapacityForm(props: {
  t: Translate;
  form: PlanForm;
  view: ChooserView;
  onEdit: (change: Partial<PlanForm>) => void;
  onAsk?: (() => void) | undefined;
}) {
  const { Form, Choice, AmountInput, Button } = useKit();
  const { t, form, onEdit, onAsk } = props;
  const inputs = capacityInputs(form, props.view.problems);
  return (
    <Form onSubmit={() => onAsk?.()}>
      <Choice
        testId="plan-capacity-mode"
        name="tactful-capacity-mode"
        label={t('plans.capacityTitle')}
        choices={capacityModes.map((value) => ({ value, label: t(modeLabels[value]) }))}
        value={form.mode}
        onChoose={(chosen) => {
          const mode = oneOf(capacityModes, chosen);
          if (mode) onEdit({ mode });
        }}
      />
      {inputs.amounts.map(({ field, value, problem }) => (
        <AmountInput
          key={field}
          testId={`plan-${field}`}
          name={`tactful-plan-${field}`}
          label={t(`plans.${field}Label`)}
          hint={field === 'income' ? undefined : t(amountHints[field])}
          value={value}
          problem={problem}
          onChange={(typed) => onEdit({ [field]: typed })}
        />
      ))}
      {inputs.asksPer ? (
        <Choice
          testId="plan-amount-per"
          name="tactful-plan-amount-per"
          label={t('plans.perLabel')}
          choices={frequencies.map((value) => ({ value, label: t(`plans.frequencies.${value}`) }))}
          value={form.mode === 'per-period' ? form.per : undefined}
          menu
          onChoose={(chosen) => {
            const per = oneOf(frequencies, chosen);
            if (per) onEdit({ per });
          }}
        />
      ) : null}
      {onAsk ? (
        <Button submit onClick={onAsk}>
          {t('plans.showOptions')}
        </Button>
      ) : null}
    </Form>
  );
}

/** The choice of the option to offer, then each option boxed with its facts and why. */
function PlanOptions(props: { t: Translate; view: ChooserView; onPick: (id: string) => void }) {
  const { Choice, List, Item, Text, Details } = useKit();
  const { t, view } = props;
  return (
    <>
      <Choice
        testId="plan-choice"
        name="tactful-plan-option"
        label={t('plans.optionsTitle')}
        choices={view.options.map(({ id, card }) => ({ value: id, label: card.title }))}
        value={view.chosen?.id}
        onChoose={props.onPick}
      />
      <List>
        {view.options.map(({ id, card }) => (
          <Item key={id} label={card.title} boxed>
            <Text bold>{card.title}</Text>
            <Details
              testId={`plan-option-${id}`}
              label={card.title}
              unheaded
              rows={card.facts.map((fact) => ({
                key: fact.code,
                label: fact.label,
                text: fact.value,
              }))}
            />
            <Text small>{card.why}</Text>
          </Item>
        ))}
      </List>
    </>
  );
}

/**
 * Accept for the chosen option, after the host's hand-over of its summary (`children`: the
 * sidebar's Insert into the reply, the card's Copy): closed while shared/plans/accept-button says
 * it cannot be pressed, and busy while a save is under way.
 */
export function ChosenPlanActions(props: {
  t: Translate;
  option: { readonly id: string; readonly withinPolicy: boolean };
  accept: AcceptProgress;
  onAccept: () => void;
  children: ReactNode;
}) {
  const { Stack, Button } = useKit();
  const { busy, disabled } = acceptButton(props.accept, props.option);
  return (
    <Stack row>
      {props.children}
      <Button
        testId="plans-accept"
        variant="primary"
        busy={busy}
        busyLabel={props.t('plans.saving')}
        disabled={disabled}
        onClick={props.onAccept}
      >
        {props.t('plans.accept')}
      </Button>
    </Stack>
  );
}

/** The current plan: its health, the summary where the host keeps one, each promise's state. */
export function CurrentPlanBody(props: {
  t: Translate;
  locale: string;
  evaluation: PromiseEvaluation;
  summary?: string | undefined;
  formatDay?: FormatDay;
  /** What the host offers on the plan (the sidebar's follow-up on the next promise). */
  children?: ReactNode;
}) {
  const { Section, Stack, Text, Tag, List, Item } = useKit();
  const { t } = props;
  const words = promiseRows(props.evaluation, t, props.locale, props.formatDay);
  return (
    <Section title={t('plans.currentTitle')}>
      <Stack row>
        <Tag testId="current-plan-health" emphasis={words.healthEmphasis} status>
          {words.healthLabel}
        </Tag>
      </Stack>
      {props.summary === undefined ? null : <Text>{props.summary}</Text>}
      <List label={t('plans.promisesTitle')}>
        {words.rows.map((row) => (
          <Item key={row.id} label={`${row.due}: ${row.amount}, ${row.stateLabel}`}>
            <Stack row>
              <Text>{`${row.due}: ${row.amount}`}</Text>
              <Tag testId={`promise-state-${row.dueOn}`} emphasis={row.emphasis} status>
                {row.stateLabel}
              </Tag>
            </Stack>
          </Item>
        ))}
      </List>
      {props.children}
    </Section>
  );
}
