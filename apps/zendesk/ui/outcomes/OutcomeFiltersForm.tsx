/** The filters the outcomes view supports, each a labelled native control. */
import { useId } from 'react';
import { parsePlainDate } from '../../../../shared/calendar/calendar';
import type { OutcomeFilters } from '../../../../shared/outcomes';
import { useI18n } from '../i18n';

export interface FilterChoices {
  teams: string[];
  agents: string[];
  currencies: string[];
}

type ChoiceKey = 'team' | 'agent' | 'currency';

export function OutcomeFiltersForm({
  filters,
  choices,
  onChange,
}: {
  filters: OutcomeFilters;
  choices: FilterChoices;
  onChange: (filters: OutcomeFilters) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const select = (key: ChoiceKey, label: string, options: string[]) => (
    <label htmlFor={`${id}-${key}`} style={fieldStyle}>
      {label}
      <select
        id={`${id}-${key}`}
        value={filters[key] ?? ''}
        onChange={(event) =>
          onChange({
            ...filters,
            [key]: event.target.value === '' ? undefined : event.target.value,
          })
        }
      >
        <option value="">{t('outcomes.filter.all')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (key: 'from' | 'to', label: string) => (
    <label htmlFor={`${id}-${key}`} style={fieldStyle}>
      {label}
      <input
        id={`${id}-${key}`}
        type="date"
        value={filters[key] ?? ''}
        onChange={(event) => onChange({ ...filters, [key]: parsePlainDate(event.target.value) })}
      />
    </label>
  );
  return (
    <fieldset style={{ display: 'flex', flexWrap: 'wrap', gap: 16, border: 'none', padding: 0 }}>
      <legend>{t('outcomes.filters')}</legend>
      {select('team', t('outcomes.column.team'), choices.teams)}
      {select('agent', t('outcomes.column.agent'), choices.agents)}
      {select('currency', t('outcomes.column.currency'), choices.currencies)}
      {date('from', t('outcomes.filter.from'))}
      {date('to', t('outcomes.filter.to'))}
    </fieldset>
  );
}

const fieldStyle = { display: 'flex', flexDirection: 'column', gap: 4 } as const;
