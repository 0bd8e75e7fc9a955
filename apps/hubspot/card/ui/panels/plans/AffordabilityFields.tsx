/** What the customer can afford: an amount per period, or their monthly income and outgoings. */
import { Flex, Input, Select } from '@hubspot/ui-extensions';
import {
  capacityModes,
  isFrequencyValue,
  type AffordabilityForm,
  type CapacityMode,
  type FormField,
  type FormProblem,
} from './plan-options';
import { frequencies } from '../../../../../../shared/plans';
import { useCardI18n } from '../../i18n';

/** The capacity modes in the order the agent sees them. */
const modeOrder: readonly CapacityMode[] = ['amount', 'budget', 'none'];

const isMode = (value: unknown): value is CapacityMode =>
  (capacityModes as readonly unknown[]).includes(value);

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
      <Select
        testId="plan-capacity-mode"
        name="tactful-plan-capacity-mode"
        label={t('card.plans.mode')}
        options={modeOrder.map((value) => ({ label: t(`card.plans.mode.${value}`), value }))}
        value={form.mode}
        onChange={(value) => {
          if (isMode(value)) onChange({ mode: value });
        }}
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
          <Select
            testId="plan-amount-per"
            name="tactful-plan-amount-per"
            label={t('plans.perLabel')}
            options={frequencies.map((value) => ({
              label: t(`plans.frequencies.${value}`),
              value,
            }))}
            value={form.per}
            onChange={(per) => {
              if (isFrequencyValue(per)) onChange({ per });
            }}
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
