/**
 * The nav_bar location: a full page for team leads with the outcomes view (shared/outcomes/view.ts)
 * over the account's records, narrowed by the filters, each table with a CSV download and the
 * weekly ones with a chart. Admins and the groups the admin chose see everyone's figures; other
 * agents see their own (shared/outcomes/view.ts `outcomesAccess` decides).
 */
import { useMemo, useState } from 'react';
import { todayIn } from '../../../../shared/calendar/calendar';
import {
  cellText,
  outcomesReport,
  outcomesView,
  type OutcomeFilters,
  type OutcomeRecordLists,
  type OutcomesViewer,
} from '../../../../shared/outcomes';
import { headlineFigures, recordFilterChoices } from '../../../../shared/outcomes/page-view';
import type { Brand } from '../../host/brands';
import { useHost } from '../ClientProvider';
import { ErrorState } from '../ErrorState';
import { useI18n } from '../i18n';
import { Loading } from '../Loading';
import { OutcomeFiltersForm } from './OutcomeFiltersForm';
import { OutcomeTableView } from './OutcomeTableView';
import { useOutcomeRecords } from './useOutcomeRecords';

export default function OutcomesPage() {
  const { t } = useI18n();
  const { state, reload } = useOutcomeRecords();
  return (
    <main style={{ padding: 16 }}>
      <h1 style={{ fontSize: 22, margin: '0 0 12px' }}>{t('outcomes.title')}</h1>
      {state.status === 'loading' ? <Loading label={t('loading')} /> : null}
      {state.status === 'failed' ? (
        <ErrorState message={state.error.message} onRetry={reload} />
      ) : null}
      {state.status === 'ready' && state.value.ownFiguresOnly ? (
        <p>{t('outcomes.ownFiguresOnly')}</p>
      ) : null}
      {state.status === 'ready' ? (
        <OutcomesContent
          records={state.value.records}
          viewer={state.value.viewer}
          brands={state.value.brands}
        />
      ) : null}
    </main>
  );
}

function OutcomesContent({
  records,
  viewer,
  brands,
}: {
  records: OutcomeRecordLists;
  viewer: OutcomesViewer;
  brands: Brand[];
}) {
  const { t } = useI18n();
  const { clock, settings, agentLocale } = useHost();
  const [filters, setFilters] = useState<OutcomeFilters>({});
  const today = todayIn(clock.now(), settings.defaultTimeZone ?? 'UTC');
  const choices = useMemo(() => ({ ...recordFilterChoices(records), brands }), [records, brands]);
  const view = useMemo(
    () => outcomesView(outcomesReport(records, { today, filters }), viewer),
    [records, today, filters, viewer],
  );
  return (
    <>
      <OutcomeFiltersForm filters={filters} choices={choices} onChange={setFilters} />
      <p>{t('outcomes.range', { from: view.range.from, to: view.range.to })}</p>
      {view.agentsHidden ? <p>{t('outcomes.agentsHidden')}</p> : null}
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: '4px 16px' }}>
        {headlineFigures(view.headline).map((figure) => (
          <div key={figure.id} style={{ display: 'contents' }}>
            <dt>{t(figure.label)}</dt>
            <dd style={{ margin: 0, fontWeight: 600 }}>{cellText(t, agentLocale, figure.cell)}</dd>
          </div>
        ))}
      </dl>
      {view.tables.map((table) => (
        <OutcomeTableView key={table.id} table={table} locale={agentLocale} />
      ))}
    </>
  );
}
