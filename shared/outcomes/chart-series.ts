/**
 * Which columns of a weekly table a chart draws: promises as stacked bars of how each week's
 * promises ended, tone and guards as trend lines. The numbers come from the table itself, so the
 * chart never shows a figure the table behind it does not.
 */
import type { OutcomeTable } from './view';

export interface ChartSeries {
  key: string;
  columnIndex: number;
}

const seriesKeys: Partial<Record<OutcomeTable['id'], string[]>> = {
  'promises-by-week': ['kept', 'partly_kept', 'broken', 'open'],
  'tone-by-week': ['ok_first_time_share'],
  'guards-by-week': ['not_now', 'contacts_against_guard'],
};

/** The series drawn for `table`, in the order stacked or drawn; empty when it has no chart. */
export function chartSeries(table: OutcomeTable): ChartSeries[] {
  const keys = seriesKeys[table.id] ?? [];
  return keys.flatMap((key) => {
    const columnIndex = table.columns.findIndex((column) => column.key === key);
    return columnIndex < 0 ? [] : [{ key, columnIndex }];
  });
}

/** A cell's number for drawing: counts and rates; anything else (or no value) is 0. */
export function cellNumber(table: OutcomeTable, row: number, column: number): number {
  const cell = table.rows[row]?.cells[column];
  if (cell?.kind === 'count') return cell.value;
  if (cell?.kind === 'rate') return cell.value ?? 0;
  return 0;
}
