/**
 * A weekly chart drawn as plain SVG, about 2 KB minified. The kept libraries in the package lists
 * draw on canvas (chart.js, no markup for axe or screen readers) or are far larger than two chart
 * shapes need (recharts, @nivo/line, @visx/* with d3). Loaded lazily, after the page. The SVG is one labelled image; the table right after it
 * holds every figure, so screen readers read the table, not the shapes.
 */
import { useId } from 'react';
import type { OutcomeTable } from '../../../../shared/outcomes';
import { useI18n } from '../i18n';
import { cellNumber, chartSeries } from './chart-series';

const width = 640;
const height = 200;
const margin = { top: 10, right: 10, bottom: 24, left: 36 };
// Garden's palette, distinct for the usual colour-vision deficiencies.
const colours = ['#038153', '#ed961c', '#cc3340', '#5293c7'];

export default function WeeklyChart({ table }: { table: OutcomeTable }) {
  const { t } = useI18n();
  const titleId = useId();
  const series = chartSeries(table);
  const weeks = table.rows.length;
  if (series.length === 0 || weeks === 0) return null;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const stacked = table.chart === 'stacked';
  const totals = table.rows.map((_, row) =>
    stacked
      ? series.reduce((sum, one) => sum + cellNumber(table, row, one.columnIndex), 0)
      : Math.max(...series.map((one) => cellNumber(table, row, one.columnIndex))),
  );
  const top = Math.max(1, ...totals);
  const step = plotWidth / weeks;
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const columnLabel = (index: number) => t(table.columns[index]?.label ?? 'outcomes.none');
  return (
    <figure style={{ margin: '8px 0' }}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: '100%', maxWidth: width, height: 'auto' }}
      >
        <title id={titleId}>{t('outcomes.chart.title', { table: t(table.title) })}</title>
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={y(0)}
          y2={y(0)}
          stroke="#68737d"
          aria-hidden="true"
        />
        {stacked
          ? table.rows.map((_, row) => {
              let base = 0;
              return series.map((one, index) => {
                const value = cellNumber(table, row, one.columnIndex);
                const rect = (
                  <rect
                    key={`${row}-${one.key}`}
                    x={margin.left + row * step + step * 0.15}
                    width={step * 0.7}
                    y={y(base + value)}
                    height={y(base) - y(base + value)}
                    fill={colours[index % colours.length]}
                  />
                );
                base += value;
                return rect;
              });
            })
          : series.map((one, index) => (
              <polyline
                key={one.key}
                fill="none"
                strokeWidth={2}
                stroke={colours[index % colours.length]}
                points={table.rows
                  .map(
                    (_, row) =>
                      `${margin.left + row * step + step / 2},${y(cellNumber(table, row, one.columnIndex))}`,
                  )
                  .join(' ')}
              />
            ))}
      </svg>
      <figcaption>
        <ul style={{ display: 'flex', gap: 16, listStyle: 'none', padding: 0, margin: 0 }}>
          {series.map((one, index) => (
            <li key={one.key}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  marginRight: 4,
                  background: colours[index % colours.length],
                }}
              />
              {columnLabel(one.columnIndex)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
