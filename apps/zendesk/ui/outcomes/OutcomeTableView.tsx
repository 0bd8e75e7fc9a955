/**
 * One outcomes table: its heading, a CSV download, the lazily drawn chart when the table has one,
 * and the table itself (always shown: it is the chart's text equivalent).
 */
import { lazy, Suspense, useId } from 'react';
import { cellText, tableCsv, type OutcomeTable } from '../../../../shared/outcomes';
import {
  linkedColumns,
  outcomeRowLinks,
  type OutcomeLink,
  type OutcomeLinkHost,
} from '../../../../shared/outcomes/links';
import { useHost } from '../ClientProvider';
import { useI18n } from '../i18n';

const WeeklyChart = lazy(() => import(/* webpackChunkName: "outcomes-chart" */ './WeeklyChart'));

/** The table's CSV as a link the browser downloads (a data URL: no object URL to revoke). */
function csvHref(table: OutcomeTable): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(tableCsv(table))}`;
}

export function OutcomeTableView({ table, locale }: { table: OutcomeTable; locale: string }) {
  const { t } = useI18n();
  const { retry } = useHost();
  const headingId = useId();
  // The customers and agents behind a row, each linked to their tickets in the agent workspace.
  const host: OutcomeLinkHost = { host: 'zendesk', origin: retry.origin ?? '' };
  const linked = linkedColumns(table.rows, host);
  const linkKinds = (['customers', 'agents'] as const).filter((kind) => linked[kind]);
  const links = (kind: string, items: OutcomeLink[]) => (
    <td key={kind} style={cellStyle}>
      {items.map((link) => (
        <a
          key={link.ref}
          href={link.href}
          target="_blank"
          rel="noreferrer"
          aria-label={link.label === undefined ? undefined : t(link.label, { id: link.ref })}
          style={{ marginRight: 8 }}
        >
          {link.ref}
        </a>
      ))}
    </td>
  );
  const title = t(table.title);
  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 24 }}>
      <h2 id={headingId} style={{ fontSize: 16, margin: '16px 0 8px' }}>
        {title}
      </h2>
      <a href={csvHref(table)} download={`${table.id}.csv`}>
        {t('outcomes.downloadCsv', { table: title })}
      </a>
      {table.chart && table.rows.length > 0 ? (
        <Suspense fallback={null}>
          <WeeklyChart table={table} />
        </Suspense>
      ) : null}
      {table.rows.length === 0 ? (
        <p>{t('outcomes.noRows')}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table aria-labelledby={headingId} style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" style={cellStyle}>
                    {t(column.label)}
                  </th>
                ))}
                {linkKinds.map((kind) => (
                  <th key={kind} scope="col" style={cellStyle}>
                    {t(`outcomes.column.${kind}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.cells.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row" style={cellStyle}>
                        {cellText(t, locale, cell)}
                      </th>
                    ) : (
                      <td key={cellIndex} style={cellStyle}>
                        {cellText(t, locale, cell)}
                      </td>
                    ),
                  )}
                  {linkKinds.map((kind) => links(kind, outcomeRowLinks(row, host)[kind]))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const cellStyle = {
  padding: '4px 8px',
  borderBottom: '1px solid #d8dcde',
  textAlign: 'left',
  fontWeight: 'normal',
} as const;
