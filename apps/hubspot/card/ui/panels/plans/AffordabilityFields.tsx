/** What the customer can afford: an amount per period, or their monthly income and outgoings. */
import { Flex, Input } from '@hubspot/ui-extensions';
import {
  type AffordabilityForm,
  type CapacityMode,
  type FormField,
  type FormProblem,
} from './plan-options';
import { frequencies } from '../../../../../../shared/plans';
import { Choice, labelled } from '../../Choice';
import { useCardI18n } from '../../i18n';

/** The capacity modes in the order the agent sees them. */
const modeOrder: readonly CapacityMode[] = ['amount', 'budget', 'none'];

/** The affordability inputs, each with its label and any message about what was typed. */
export function AffordabilityFields(props: {
  form: AffordabilityForm;
  currency: string;
  problems: readonly FormProblem[];
  onChange: (change: Partial<AffordabilityForm>) => void;
}) {
  const { form, currency, problems, onChange } = props;
  const { t } = useCardI18n();
  const problem = (field: FormField) => problems.find((p) => p.field === field)?.message;
  const fieldState = (field: FormField) => {
    const message = problem(field);
    return message === undefined ? {} : { error: true, validationMessage: message };
  };
  return (
    <Flex direction="column" gap="small">
      <Choice
        id="plan-capacity-mode"
        label={t('card.plans.mode')}
        choices={labelled(modeOrder, (value) => t(`card.plans.mode.${value}`))}
        value={form.mode}
        onChoose={(mode) => onChange({ mode })}
      />
      {form.mode === 'amount' ? (
        <Flex direction="row" gap="small" wrap>
          <Input
            testId="plan-amount"
            name="tactful-plan-amount"
            label={t('card.plans.canPay', { currency })}
            description={t('card.plans.canPayHint')}
            value={form.amount}
            onInput={(amount) => onChange({ amount })}
            onChange={(amount) => onChange({ amount })}
            {...fieldState('amount')}
          />
          <Choice
            id="plan-amount-per"
            label={t('plans.perLabel')}
            choices={labelled(frequencies, (value) => t(`plans.frequencies.${value}`))}
            value={form.per}
            onChoose={(per) => onChange({ per })}
          />
        </Flex>
      ) : null}
      {form.mode === 'budget' ? (
        <Flex direction="row" gap="small" wrap>
          <Input
            testId="plan-income"
            name="tactful-plan-income"
            label={t('card.plans.income', { currency })}
            value={form.monthlyIncome}
            onInput={(monthlyIncome) => onChange({ monthlyIncome })}
            onChange={(monthlyIncome) => onChange({ monthlyIncome })}
            {...fieldState('monthlyIncome')}
          />
          <Input
            testId="plan-outgoings"
            name="tactful-plan-outgoings"
            label={t('card.plans.outgoings', { currency })}
            description={t('card.plans.outgoingsHint')}
            value={form.monthlyOutgoings}
            onInput={(monthlyOutgoings) => onChange({ monthlyOutgoings })}
            onChange={(monthlyOutgoings) => onChange({ monthlyOutgoings })}
            {...fieldState('monthlyOutgoings')}
          />
        </Flex>
      ) : null}
    </Flex>
  );
}
