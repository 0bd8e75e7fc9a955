/** What the customer can afford, or their income and essential outgoings; submitted with Show options. */
import type { FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Input, Radio, Select } from '@zendeskgarden/react-forms';
import { frequencies } from '../../../../../shared/plans';
import { capacityInputs } from '../../../../../shared/plans/capacity-inputs';
import type { PlanForm, PlanProblem } from '../../../../../shared/plans/choice';
import { useI18n } from '../../i18n';
import { Options } from '../../Options';

/** The modes the sidebar offers, with their labels: the agent asks before showing options. */
const modes = [
  ['per-period', 'plans.modePerPeriod'],
  ['income-and-expenditure', 'plans.modeIncome'],
] as const;

export function CapacityFields(props: {
  form: PlanForm;
  onChange: (change: Partial<PlanForm>) => void;
  onSubmit: () => void;
  problems: readonly PlanProblem[];
}) {
  const { t } = useI18n();
  const { form, onChange: change } = props;
  const inputs = capacityInputs(form, props.problems);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('plans.capacityTitle')}</Fieldset.Legend>
        {modes.map(([mode, label]) => (
          <Field key={mode}>
            <Radio
              name="tactful-capacity-mode"
              value={mode}
              checked={form.mode === mode}
              onChange={() => change({ mode })}
            >
              <Field.Label isRegular>{t(label)}</Field.Label>
            </Radio>
          </Field>
        ))}
      </Fieldset>
      {inputs.amounts.map(({ field, value, problem }) => (
        <Field key={field} style={{ marginTop: 8 }}>
          <Field.Label>{t(`plans.${field}Label`)}</Field.Label>
          <Input
            inputMode="decimal"
            value={value}
            onChange={(event) => change({ [field]: event.target.value })}
            validation={problem ? 'error' : undefined}
          />
          {problem && <Field.Message validation="error">{problem}</Field.Message>}
        </Field>
      ))}
      {inputs.asksPer && (
        <Field style={{ marginTop: 8 }}>
          <Field.Label>{t('plans.perLabel')}</Field.Label>
          <Select
            value={form.per}
            onChange={(event) => {
              const per = frequencies.find((f) => f === event.target.value);
              if (per) change({ per });
            }}
          >
            <Options
              choices={frequencies.map((value) => ({
                value,
                label: t(`plans.frequencies.${value}`),
              }))}
            />
          </Select>
        </Field>
      )}
      <Button type="submit" size="small" style={{ marginTop: 12 }}>
        {t('plans.showOptions')}
      </Button>
    </form>
  );
}
