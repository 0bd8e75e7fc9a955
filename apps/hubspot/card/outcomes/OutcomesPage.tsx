/**
 * Tactful's outcomes page in HubSpot (the app's home page): the shared outcomes view
 * (shared/outcomes/view.ts) as our backend computed it for the signed user. Headline figures,
 * filters (team, agent, contact owner, currency, dates), every table with a "Copy as CSV" button
 * (a UI extension cannot start a download, so the CSV goes to the clipboard), and HubSpot's charts
 * for the weekly trends, each followed by its table. An agent who may see only their own figures
 * is told so.
 */
import {
  Alert,
  BarChart,
  Button,
  Flex,
  Heading,
  LineChart,
  Link,
  Select,
  Statistics,
  StatisticsItem,
  Text,
} from '@hubspot/ui-extensions';
import { useCallback, useState } from 'react';
import { parsePlainDate } from '../../../../shared/calendar/calendar';
import {
  cellText,
  tableCsv,
  type OutcomeFilters,
  type OutcomeTable,
  type OutcomesView,
} from '../../../../shared/outcomes';
import { cellNumber, chartSeries } from '../../../../shared/outcomes/chart-series';
import {
  linkedColumns,
  outcomeRowLinks,
  type OutcomeLinkHost,
} from '../../../../shared/outcomes/links';
import { loadOutcomes, type LoadedOutcomes } from '../host/outcomes';
import { Loadable } from '../ui/Loadable';
import { CardI18nProvider, useCardI18n } from '../ui/i18n';
import type { PageHost } from '../ui/page-host';
import { RowsTable } from '../ui/RowsTable';
import { hubspotKit } from '../ui/kit';
import { useLoaded } from '../../../react/load';

/** What the page needs from HubSpot and our backend (the clipboard takes a table's CSV). */
export interface OutcomesPageProps extends PageHost {
  /** The user's locale, for words and numbers. */
  locale: string;
  /** The portal (HubSpot account) id: contact links go to its records. */
  portalId: number;
  /** The portal's time zone: weeks and "today" are in it. */
  timeZone: string;
}

export function OutcomesPage(props: OutcomesPageProps) {
  return (
    <CardI18nProvider locale={props.locale} backend={props.backend}>
      <OutcomesContent {...props} />
    </CardI18nProvider>
  );
}

function OutcomesContent({ backend, portalId, timeZone, copyText, addAlert }: OutcomesPageProps) {
  const { t } = useCardI18n();
  const [filters, setFilters] = useState<OutcomeFilters>({});
  const load = useCallback(
    () => loadOutcomes(backend, filters, timeZone),
    [backend, filters, timeZone],
  );
  const { state, reload } = useLoaded(load);
  return (
    <Flex direction="column" gap="medium">
      <Heading>{t('outcomes.title')}</Heading>
      <Loadable load={{ state, retry: reload }} id="outcomes" loading="outcomes.loading">
        {(loaded) => (
          <OutcomesBody
            loaded={loaded}
            portalId={portalId}
            filters={filters}
            onFilters={setFilters}
            copyText={copyText}
            addAlert={addAlert}
          />
        )}
      </Loadable>
    </Flex>
  );
}

function OutcomesBody(
  props: Pick<PageHost, 'copyText' | 'addAlert'> & {
    loaded: LoadedOutcomes;
    portalId: number;
    filters: OutcomeFilters;
    onFilters: (filters: OutcomeFilters) => void;
  },
) {
  const { t, locale } = useCardI18n();
  const { view, ownFiguresOnly } = props.loaded;
  const copyCsv = async (table: OutcomeTable) => {
    const name = t(table.title);
    try {
      await props.copyText(tableCsv(table));
      props.addAlert({ type: 'success', message: t('outcomes.csvCopied', { table: name }) });
    } catch {
      props.addAlert({ type: 'danger', message: t('outcomes.copyFailed') });
    }
  };
  return (
    <Flex direction="column" gap="medium">
      {ownFiguresOnly ? (
        <Alert title={t('outcomes.title')} variant="info">
          {t('outcomes.ownFiguresOnly')}
        </Alert>
      ) : null}
      <OutcomeFiltersForm
        loaded={props.loaded}
        filters={props.filters}
        onChange={props.onFilters}
      />
      <Text testId="outcomes-range">{t('outcomes.range', view.range)}</Text>
      <Headline view={view} locale={locale} />
      {view.agentsHidden ? <Text variant="microcopy">{t('outcomes.agentsHidden')}</Text> : null}
      {view.tables.map((table) => (
        <Flex key={table.id} direction="column" gap="small">
          <Heading>{t(table.title)}</Heading>
          <WeeklyChart table={table} />
          <OutcomeTableView table={table} portalId={props.portalId} />
          <Button testId={`copy-csv-${table.id}`} onClick={() => void copyCsv(table)}>
            {t('outcomes.copyCsv', { table: t(table.title) })}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}

/** The headline figures, as HubSpot's statistics. */
function Headline({ view, locale }: { view: OutcomesView; locale: string }) {
  const { t } = useCardI18n();
  const count = (value: number) => cellText(t, locale, { kind: 'count', value });
  const rate = (value: number | undefined) => cellText(t, locale, { kind: 'rate', value });
  const { headline } = view;
  const items: [string, string, string][] = [
    ['kept-rate', t('outcomes.column.keptRate'), rate(headline.keptRate)],
    ['promises', t('outcomes.column.made'), count(headline.promisesMade)],
    ['plans', t('outcomes.column.started'), count(headline.plansStarted)],
    ['completion', t('outcomes.column.completionRate'), rate(headline.planCompletionRate)],
    [
      'median-days',
      t('outcomes.medianDaysToFirstPromise'),
      cellText(t, locale, { kind: 'days', value: headline.medianDaysToFirstPromise }),
    ],
    ['ok-first-time', t('outcomes.column.okFirstTimeShare'), rate(headline.okFirstTimeShare)],
    [
      'against-guard',
      t('outcomes.column.contactsAgainstGuard'),
      count(headline.contactsAgainstGuard),
    ],
  ];
  return (
    <Statistics>
      {items.map(([id, label, value]) => (
        <StatisticsItem key={id} id={id} label={label} number={value} />
      ))}
    </Statistics>
  );
}

/**
 * One table of the view, every cell in the user's words, and the contacts behind a row linked to
 * their records (`outcomeRowLinks`; tone agents are user ids, not contacts, so not linked here).
 */
function OutcomeTableView({ table, portalId }: { table: OutcomeTable; portalId: number }) {
  const { t, locale } = useCardI18n();
  if (table.rows.length === 0) {
    return <Text testId={`table-${table.id}-empty`}>{t('outcomes.noRows')}</Text>;
  }
  const host: OutcomeLinkHost = { host: 'hubspot', portalId };
  const linked = linkedColumns(table.rows, host);
  const headers = table.columns.map((column) => t(column.label));
  return (
    <RowsTable
      testId={`table-${table.id}`}
      bordered
      headers={linked.customers ? [...headers, t('outcomes.column.customers')] : headers}
      rows={table.rows.map((row, index) => {
        const cells = row.cells.map((cell) => cellText(t, locale, cell));
        if (!linked.customers) return { key: index, cells };
        const links = (
          <Flex key="customers" direction="row" gap="small" wrap="wrap">
            {outcomeRowLinks(row, host).customers.map((link) => (
              <Link key={link.ref} href={{ url: link.href, external: true }}>
                {link.ref}
              </Link>
            ))}
          </Flex>
        );
        return { key: index, cells: [...cells, links] };
      })}
    />
  );
}

/**
 * A weekly table as HubSpot's chart: promises as bars stacked by how they ended, tone and guards
 * as lines (shares as percentages). The table below it has every figure.
 */
function WeeklyChart({ table }: { table: OutcomeTable }) {
  const { t } = useCardI18n();
  const series = chartSeries(table);
  if (table.chart === undefined || series.length === 0 || table.rows.length === 0) return null;
  const data = table.rows.flatMap((row, index) =>
    series.map((one) => {
      const column = table.columns[one.columnIndex];
      const rate = row.cells[one.columnIndex]?.kind === 'rate';
      const value = cellNumber(table, index, one.columnIndex);
      return {
        week: row.cells[0]?.kind === 'text' ? row.cells[0].value : String(index),
        series: column ? t(column.label) : one.key,
        value: rate ? Math.round(value * 100) : value,
      };
    }),
  );
  const axes = {
    x: { field: 'week', fieldType: 'category' as const, label: t('outcomes.column.week') },
    y: { field: 'value', fieldType: 'linear' as const },
    options: { groupFieldByColor: 'series', stacking: table.chart === 'stacked' },
  };
  const options = { title: t('outcomes.chart.title', { table: t(table.title) }), showLegend: true };
  return table.chart === 'stacked' ? (
    <BarChart testId={`chart-${table.id}`} data={data} axes={axes} options={options} />
  ) : (
    <LineChart testId={`chart-${table.id}`} data={data} axes={axes} options={options} />
  );
}

const all = '';

/** The filters: team, agent, contact owner, currency (from what the records hold) and dates. */
function OutcomeFiltersForm(props: {
  loaded: LoadedOutcomes;
  filters: OutcomeFilters;
  onChange: (filters: OutcomeFilters) => void;
}) {
  const { t } = useCardI18n();
  const { choices } = props.loaded;
  const { filters, onChange } = props;
  const select = (
    key: 'team' | 'agent' | 'brandOrOwner' | 'currency',
    label: string,
    values: string[],
  ) => (
    <Select
      name={`filter-${key}`}
      label={label}
      value={filters[key] ?? all}
      options={[
        { label: t('outcomes.filter.all'), value: all },
        ...values.map((value) => ({ label: value, value })),
      ]}
      onChange={(value) => {
        const chosen = typeof value === 'string' && values.includes(value) ? value : undefined;
        onChange({ ...filters, [key]: chosen });
      }}
    />
  );
  // The kit's day field: the one place the card turns days into ui-extensions' picker and back.
  const date = (key: 'from' | 'to', label: string) => (
    <hubspotKit.DateInput
      name={`filter-${key}`}
      label={label}
      value={filters[key] ?? ''}
      onChange={(text) => onChange({ ...filters, [key]: parsePlainDate(text) })}
    />
  );
  return (
    <Flex direction="row" gap="small" wrap="wrap">
      {select('team', t('outcomes.column.team'), choices.teams)}
      {select('agent', t('outcomes.column.agent'), choices.agents)}
      {select('brandOrOwner', t('outcomes.filter.owner'), choices.owners)}
      {select('currency', t('outcomes.column.currency'), choices.currencies)}
      {date('from', t('outcomes.filter.from'))}
      {date('to', t('outcomes.filter.to'))}
    </Flex>
  );
}
