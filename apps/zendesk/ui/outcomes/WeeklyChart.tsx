/**
 * A weekly chart drawn as plain SVG, about 2 KB minified. The kept libraries in the package lists
 * draw on canvas (chart.js, no markup for axe or screen readers) or are far larger than two chart
 * shapes need (recharts, @nivo/line, @visx/* with d3). Loaded lazily, after the page. The SVG is one labelled image; the table right after it
 * holds every figure, so screen readers read the table, not the shapes.
 */
import { useId } from 'react';
import type { OutcomeTable } from '../../../../shared/outcomes';
import { useI18n } from '../i18n';
import { chartLayout } from '../../../../shared/outcomes/chart-layout';
import { chartSeries } from '../../../../shared/outcomes/chart-series';

const box = { width: 640, height: 200, margin: { top: 10, right: 10, bottom: 24, left: 36 } };
// Garden's palette, distinct for the usual colour-vision deficiencies.
const colours = ['#038153', '#ed961c', '#cc3340', '#5293c7'];

export default function WeeklyChart({ table }: { table: OutcomeTable }) {
  const { t } = useI18n();
  const titleId = useId();
  const series = chartSeries(table);
  const layout = chartLayout(table, box);
  if (layout === undefined) return null;
  const colour = (index: number) => colours[index % colours.length];
  return (
    <figure style={{ margin: '8px 0' }}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${box.width} ${box.height}`}
        style={{ width: '100%', maxWidth: box.width, height: 'auto' }}
      >
        <title id={titleId}>{t('outcomes.chart.title', { table: t(table.title) })}</title>
        <line
          x1={box.margin.left}
          x2={box.width - box.margin.right}
          y1={layout.baseline}
          y2={layout.baseline}
          stroke="#68737d"
          aria-hidden="true"
        />
        {layout.bars.map(({ key, series, ...shape }) => (
          <rect key={key} {...shape} fill={colour(series)} />
        ))}
        {layout.lines.map((line) => (
          <polyline
            key={line.key}
            fill="none"
            strokeWidth={2}
            stroke={colour(line.series)}
            points={line.points}
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
                  background: colour(index),
                }}
              />
              {t(table.columns[one.columnIndex]?.label ?? 'outcomes.none')}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
