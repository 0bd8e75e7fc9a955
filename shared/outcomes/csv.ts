/**
 * CSV export of one outcomes table: the columns' stable keys as the header, and values a
 * spreadsheet reads as they are (counts as integers, rates as fractions to 4 places, money as the
 * currency's own decimal string, categories as `threat:4;pressure:2`). Written by csv-stringify,
 * with cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) escaped.
 */
// The browser build (it carries its own Buffer): every host bundles it as it is, HubSpot's project
// build included, and Node runs it too; the Node build needs Node's Buffer.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { toDecimal } from '../money/money';
import type { OutcomeCell, OutcomeTable } from './view';

/** A cell as CSV text; an undefined rate or day count is an empty cell. */
export function csvValue(cell: OutcomeCell): string {
  switch (cell.kind) {
    case 'text':
    case 'label':
      return cell.value;
    case 'count':
      return String(cell.value);
    case 'rate':
      return cell.value === undefined ? '' : cell.value.toFixed(4);
    case 'days':
      return cell.value === undefined ? '' : String(cell.value);
    case 'money':
      return toDecimal(cell.value);
    case 'categories':
      return cell.value.map((entry) => `${entry.category}:${entry.count}`).join(';');
  }
}

/** The table as CSV (RFC 4180, CRLF line ends), header first. */
export function tableCsv(table: OutcomeTable): string {
  return stringify(
    [
      table.columns.map((column) => column.key),
      ...table.rows.map((row) => row.cells.map(csvValue)),
    ],
    { escape_formulas: true, record_delimiter: 'windows' },
  );
}
