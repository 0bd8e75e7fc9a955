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

/** The form's amounts, each typed as text. */
type AmountField = Exclude<FormField, 'plan'>;

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
  /** One amount the agent types, with its label, hint and any message about what was typed. */
  const amountInput = (field: AmountField, id: string, label: string, hint?: string) => {
    const message = problem(field);
    const set = (value: string) => onChange({ [field]: value });
    return (
      <Input
        testId={id}
        name={`tactful-${id}`}
        label={label}
        {...(hint === undefined ? {} : { description: hint })}
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
        choices={labelled(modeOrder, (value) => t(`card.plans.mode.${value}`))}
        value={form.mode}
        onChoose={(mode) => onChange({ mode })}
      />
      {form.mode === 'amount' ? (
        <Flex direction="row" gap="small" wrap>
          {amountInput(
            'amount',
            'plan-amount',
            t('card.plans.canPay', { currency }),
            t('card.plans.canPayHint'),
          )}
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
          {amountInput('monthlyIncome', 'plan-income', t('card.plans.income', { currency }))}
          {amountInput(
            'monthlyOutgoings',
            'plan-outgoings',
            t('card.plans.outgoings', { currency }),
            t('card.plans.outgoingsHint'),
          )}
        </Flex>
      ) : null}
    </Flex>
  );
}
