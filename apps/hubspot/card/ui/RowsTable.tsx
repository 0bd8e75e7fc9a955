/**
 * A table of rows under a header row, as the card and the app's pages show their lists (a plan's
 * promises, an outcomes table). Cells are whatever the caller renders: text, tags or links.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';

/** One row: a key stable across renders, and its cells in the headers' order. */
export interface TableRowCells {
  key: string | number;
  cells: readonly ReactNode[];
}

export function RowsTable(props: {
  testId?: string;
  bordered: boolean;
  headers: readonly string[];
  rows: readonly TableRowCells[];
}) {
  return (
    <Table
      {...(props.testId === undefined ? {} : { testId: props.testId })}
      bordered={props.bordered}
    >
      <TableHead>
        <TableRow>
          {props.headers.map((header, index) => (
            <TableHeader key={index}>{header}</TableHeader>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((cell, index) => (
              <TableCell key={index}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
