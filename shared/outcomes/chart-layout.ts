/**
 * Where a weekly chart's shapes go in a plot box: one bar per week split by the stacked series,
 * or one line per series through the weeks, scaled so the largest week (or value) fills the
 * height. Pure numbers, so any host that draws SVG draws the same chart.
 */
import { cellNumber, chartSeries } from './chart-series';
import type { OutcomeTable } from './view';

/** The plot box: the drawing's size and the margins kept for the axis. */
export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** One bar segment: a week's value of one series, stacked on the series before it. */
export interface ChartBar {
  key: string;
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One series as a line through the middle of each week. */
export interface ChartLine {
  key: string;
  series: number;
  points: string;
}

/** What to draw: the baseline's height, and the bars (stacked charts) or the lines (the rest). */
export interface ChartLayout {
  baseline: number;
  bars: ChartBar[];
  lines: ChartLine[];
}

/** The shapes for `table` in `box`; undefined when the table has nothing to chart. */
export function chartLayout(table: OutcomeTable, box: ChartBox): ChartLayout | undefined {
  const series = chartSeries(table);
  const weeks = table.rows.length;
  if (series.length === 0 || weeks === 0) return undefined;
  const { margin } = box;
  const plotHeight = box.height - margin.top - margin.bottom;
  const step = (box.width - margin.left - margin.right) / weeks;
  const stacked = table.chart === 'stacked';
  const value = (row: number, one: (typeof series)[number]) =>
    cellNumber(table, row, one.columnIndex);
  const totals = table.rows.map((_, row) =>
    stacked
      ? series.reduce((sum, one) => sum + value(row, one), 0)
      : Math.max(...series.map((one) => value(row, one))),
  );
  const top = Math.max(1, ...totals);
  const y = (at: number) => margin.top + plotHeight - (at / top) * plotHeight;
  const bars = stacked
    ? table.rows.flatMap((_, row) => {
        let base = 0;
        return series.map((one, index): ChartBar => {
          const at = value(row, one);
          const bar = {
            key: `${row}-${one.key}`,
            series: index,
            x: margin.left + row * step + step * 0.15,
            width: step * 0.7,
            y: y(base + at),
            height: y(base) - y(base + at),
          };
          base += at;
          return bar;
        });
      })
    : [];
  const lines = stacked
    ? []
    : series.map((one, index) => ({
        key: one.key,
        series: index,
        points: table.rows
          .map((_, row) => `${margin.left + row * step + step / 2},${y(value(row, one))}`)
          .join(' '),
      }));
  return { baseline: y(0), bars, lines };
}
