/** The filters the outcomes view supports, each a labelled native control. */
import { useId } from 'react';
import { parsePlainDate } from '../../../../shared/calendar/calendar';
import type { OutcomeFilters } from '../../../../shared/outcomes';
import type { RecordFilterChoices } from '../../../../shared/outcomes/page-view';
import { useI18n } from '../i18n';

/** The choices found in the records, and the brands (Zendesk) by id, shown by name. */
export interface FilterChoices extends RecordFilterChoices {
  brands: { id: string; name: string }[];
}

type ChoiceKey = 'team' | 'agent' | 'currency' | 'brandOrOwner';

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
  const select = (key: ChoiceKey, label: string, options: { value: string; name: string }[]) => (
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
          <option key={option.value} value={option.value}>
            {option.name}
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
      {select('team', t('outcomes.column.team'), choices.teams.map(named))}
      {select('agent', t('outcomes.column.agent'), choices.agents.map(named))}
      {choices.brands.length > 0
        ? select(
            'brandOrOwner',
            t('outcomes.filter.brand'),
            choices.brands.map((brand) => ({ value: brand.id, name: brand.name })),
          )
        : null}
      {select('currency', t('outcomes.column.currency'), choices.currencies.map(named))}
      {date('from', t('outcomes.filter.from'))}
      {date('to', t('outcomes.filter.to'))}
    </fieldset>
  );
}

/** A choice shown as its own value. */
const named = (value: string) => ({ value, name: value });

const fieldStyle = { display: 'flex', flexDirection: 'column', gap: 4 } as const;
