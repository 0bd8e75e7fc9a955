/** A weekly chart's shapes: stacked bars fill the box at the largest week; lines cross each week. */
import { describe, expect, it } from '@jest/globals';
import { chartLayout } from './chart-layout';
import type { OutcomeCell, OutcomeTable } from './view';

const box = { width: 100, height: 60, margin: { top: 0, right: 0, bottom: 10, left: 0 } };
const count = (value: number): OutcomeCell => ({ kind: 'count', value });
const week = (name: string): OutcomeCell => ({ kind: 'text', value: name });

const promises: OutcomeTable = {
  id: 'promises-by-week',
  title: 'outcomes.table.promisesByWeek',
  chart: 'stacked',
  columns: ['week', 'kept', 'broken'].map((key) => ({ key, label: 'outcomes.column.kept' })),
  rows: [{ cells: [week('W1'), count(2), count(2)] }, { cells: [week('W2'), count(1), count(0)] }],
};

describe('chartLayout', () => {
  it('stacks each week’s series from the baseline, the largest week filling the plot height', () => {
    const layout = chartLayout(promises, box);
    expect(layout?.baseline).toBe(50);
    expect(layout?.lines).toEqual([]);
    const [kept, broken, secondKept] = layout?.bars ?? [];
    expect(kept).toMatchObject({ series: 0, x: 7.5, width: 35, y: 25, height: 25 });
    expect(broken).toMatchObject({ series: 1, y: 0, height: 25 });
    expect(secondKept).toMatchObject({ x: 57.5, y: 37.5, height: 12.5 });
  });

  it('draws a trend table as one line a series, through the middle of each week', () => {
    const trend: OutcomeTable = {
      ...promises,
      id: 'guards-by-week',
      chart: 'trend',
      columns: ['week', 'not_now'].map((key) => ({ key, label: 'outcomes.column.kept' })),
    };
    expect(chartLayout(trend, box)).toEqual({
      baseline: 50,
      bars: [],
      lines: [{ key: 'not_now', series: 0, points: '25,0 75,25' }],
    });
  });

  it('draws nothing for a table without rows or charted columns', () => {
    expect(chartLayout({ ...promises, rows: [] }, box)).toBeUndefined();
    expect(chartLayout({ ...promises, id: 'tone-by-agent' }, box)).toBeUndefined();
  });
});
