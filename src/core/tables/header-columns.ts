// A header row, possibly with a label spanning several data columns, turned into columns.
// 「重点任务」 over two columns (seed 004) is a task heading followed by its content, so the
// extra columns of a spanned group label are content; 「责任单位」 over two columns with no
// sub-labels names the lead's column first, so its extra columns are support; other spanned
// labels keep their role.

import { compactLabel, recogniseHeader } from './column-roles';
import type { Column, ColumnRole } from './raw-table';

export interface HeaderCell {
  label: string;
  /** How many data columns the label covers (1 or more). */
  span: number;
}

export interface HeaderColumns {
  header: string[];
  columns: Column[];
}

/** `known`: roles a reader already gave the labels (a two-row header's lower labels take the role of the one above). */
export function columnsOfHeader(cells: readonly HeaderCell[], known?: readonly ColumnRole[]): HeaderColumns | undefined {
  const header = cells.map((cell) => cell.label.trim());
  const roles = known ?? recogniseHeader(header);
  if (!roles) return undefined;
  const columns = cells.flatMap((cell, i) =>
    Array.from({ length: cell.span }, (_, k): Column => ({
      label: compactLabel(header[i]),
      role: k === 0 ? roles[i] : spannedRole(roles[i]),
    })),
  );
  return { header, columns };
}

function spannedRole(role: ColumnRole): ColumnRole {
  if (role === 'group') return 'content';
  return role === 'units' ? 'support' : role;
}
