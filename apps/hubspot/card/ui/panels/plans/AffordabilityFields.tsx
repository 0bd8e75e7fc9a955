/** What the customer can afford: an amount per period, or their monthly income and outgoings. */
import { Flex, Input } from '@hubspot/ui-extensions';
import { frequencies, type CapacityField } from '../../../../../../shared/plans';
import {
  capacityFieldsOf,
  capacityModes,
  problemOn,
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
  const amountInput = (field: CapacityField) => {
    const { id, label, hint } = amountInputs[field];
    const message = problemOn(problems, field);
    const set = (value: string) => onChange({ [field]: value });
    return (
      <Input
        key={field}
        testId={id}
        name={`tactful-${id}`}
        label={t(label, { currency })}
        {...(hint === undefined ? {} : { description: t(hint) })}
        value={form[field]}
        onInput={set}
        onChange={set}
        {...(message === undefined ? {} : { error: true, validationMessage: message })}
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
      {form.mode === 'none' ? null : (
        <Flex direction="row" gap="small" wrap>
          {capacityFieldsOf[form.mode].map(amountInput)}
          {form.mode === 'per-period' ? (
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
