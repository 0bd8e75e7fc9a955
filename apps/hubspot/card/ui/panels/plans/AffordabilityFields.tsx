/** What the customer can afford: an amount per period, or their monthly income and outgoings. */
import { Flex, Input, Select } from '@hubspot/ui-extensions';
import {
  capacityModes,
  frequencyOptions,
  isFrequencyValue,
  type AffordabilityForm,
  type CapacityMode,
  type FormField,
  type FormProblem,
} from './plan-options';

const modeOptions = [
  { label: 'An amount per payment', value: 'amount' },
  { label: 'Monthly income and outgoings', value: 'budget' },
  { label: 'Not known yet', value: 'none' },
];

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
        label="What the customer can afford"
        options={modeOptions}
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
            label={`Customer can pay (${currency})`}
            description="What the customer says they can pay each time."
            value={form.amount}
            onInput={(amount) => onChange({ amount })}
            onChange={(amount) => onChange({ amount })}
            {...fieldState('amount')}
          />
          <Select
            testId="plan-amount-per"
            name="tactful-plan-amount-per"
            label="How often"
            options={frequencyOptions}
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
            label={`Monthly income after tax (${currency})`}
            value={form.monthlyIncome}
            onInput={(monthlyIncome) => onChange({ monthlyIncome })}
            onChange={(monthlyIncome) => onChange({ monthlyIncome })}
            {...fieldState('monthlyIncome')}
          />
          <Input
            testId="plan-outgoings"
            name="tactful-plan-outgoings"
            label={`Essential monthly outgoings (${currency})`}
            description="Housing, utilities, food, travel and priority debts."
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
