/** The filters the outcomes view supports, each a labelled native control. */
import { useId } from 'react';
import { parsePlainDate } from '../../../../shared/calendar/calendar';
import type { OutcomeFilters } from '../../../../shared/outcomes';
import {
  filterSelects,
  withFilterChoice,
  type RecordFilterChoices,
} from '../../../../shared/outcomes/page-view';
import { useI18n } from '../i18n';
import { Options } from '../Options';

/** The choices found in the records, and the brands (Zendesk) by id, shown by name. */
export interface FilterChoices extends RecordFilterChoices {
  brands: { id: string; name: string }[];
}

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
  const brands = choices.brands.map((brand) => ({ value: brand.id, label: brand.name }));
  const selects = filterSelects(choices, { label: 'outcomes.filter.brand', options: brands });
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
      {selects.map((select) => (
        <label key={select.key} htmlFor={`${id}-${select.key}`} style={fieldStyle}>
          {t(select.label)}
          <select
            id={`${id}-${select.key}`}
            value={filters[select.key] ?? ''}
            onChange={(event) => onChange(withFilterChoice(filters, select, event.target.value))}
          >
            <Options choices={select.options} none={{ label: t('outcomes.filter.all') }} />
          </select>
        </label>
      ))}
      {date('from', t('outcomes.filter.from'))}
      {date('to', t('outcomes.filter.to'))}
    </fieldset>
  );
}

const fieldStyle = { display: 'flex', flexDirection: 'column', gap: 4 } as const;
