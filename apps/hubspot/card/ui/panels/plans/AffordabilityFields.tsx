/** What the customer can afford: an amount per period, or their monthly income and outgoings. */
import { Flex, Input } from '@hubspot/ui-extensions';
import { frequencies } from '../../../../../../shared/plans';
import { capacityInputs, type AmountInput } from '../../../../../../shared/plans/capacity-inputs';
import {
  capacityModes,
  type PlanForm,
  type PlanProblem,
} from '../../../../../../shared/plans/choice';
import { Choice, labelled } from '../../Choice';
import { useCardI18n } from '../../i18n';

/** Each amount's test id, label key and hint key. */
const amountInputs = {
  amount: { id: 'plan-amount', label: 'card.plans.canPay', hint: 'card.plans.canPayHint' },
  income: { id: 'plan-income', label: 'card.plans.income', hint: undefined },
  outgoings: {
    id: 'plan-outgoings',
    label: 'card.plans.outgoings',
    hint: 'card.plans.outgoingsHint',
  },
} as const;

/** The affordability inputs, each with its label and any message about what was typed. */
export function AffordabilityFields(props: {
  form: PlanForm;
  currency: string;
  problems: readonly PlanProblem[];
  onChange: (change: Partial<PlanForm>) => void;
}) {
  const { form, currency, problems, onChange } = props;
  const { t } = useCardI18n();
  const inputs = capacityInputs(form, problems);
  const amountInput = ({ field, value, problem }: AmountInput) => {
    const { id, label, hint } = amountInputs[field];
    const set = (typed: string) => onChange({ [field]: typed });
    return (
      <Input
        key={field}
        testId={id}
        name={`tactful-${id}`}
        label={t(label, { currency })}
        {...(hint === undefined ? {} : { description: t(hint) })}
        value={value}
        onInput={set}
        onChange={set}
        {...(problem === undefined ? {} : { error: true, validationMessage: problem })}
      />
    );
  };
  return (
    <Flex direction="column" gap="small">
      <Choice
        id="plan-capacity-mode"
        label={t('card.plans.mode')}
        choices={labelled(capacityModes, (value) => t(`card.plans.mode.${value}`))}
        value={form.mode}
        onChoose={(mode) => onChange({ mode })}
      />
      {inputs.amounts.length === 0 ? null : (
        <Flex direction="row" gap="small" wrap>
          {inputs.amounts.map(amountInput)}
          {inputs.asksPer ? (
            <Choice
              id="plan-amount-per"
              label={t('plans.perLabel')}
              choices={labelled(frequencies, (value) => t(`plans.frequencies.${value}`))}
              value={form.per}
              onChoose={(per) => onChange({ per })}
            />
          ) : null}
        </Flex>
      )}
    </Flex>
  );
}
