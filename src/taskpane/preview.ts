// What the preview shows of a document read, as plain data: each table's first rows as the import
// sheet will show them, which columns carry a role their label does not say, and the reader's
// warnings with the place named as the clerk sees it (the table's title, the row's 序号 and task)
// rather than a line of a text file the clerk never opened.

import { roleOfLabel } from '../core/tables/column-roles';
import type { RawTable, SourceDocument } from '../core/tables/raw-table';
import type { Warning } from '../core/result';
import type { PreviewDocument } from './pane-state';
import { warningText } from './core-text';
import { strings } from './strings';

/** Rows shown of each table: enough to see that the columns are right. */
export const SAMPLE_ROWS = 3;

export function previewOf(document: SourceDocument): PreviewDocument {
  const tableWarnings = document.tables.map((): string[] => []);
  const warnings: string[] = [];
  for (const warning of document.warnings) {
    const placed = placeWarning(document, warning);
    if (placed) tableWarnings[placed.table]?.push(placed.message);
    else warnings.push(warningText(warning));
  }
  return {
    title: document.title ?? document.source,
    source: document.source,
    tables: document.tables.map((table, t) => ({
      title: tableTitle(table, t),
      rows: table.rows.length,
      columns: table.columns.map((column) => ({ label: column.label, role: column.role, unusual: roleOfLabel(column.label) !== column.role })),
      sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells.map((cell) => cell.text)),
      warnings: tableWarnings[t] ?? [],
    })),
    warnings,
  };
}

/** The reader's warnings of a document, each place named as the preview names it: for an outcome that lists them all. */
export function namedWarnings(document: SourceDocument): string[] {
  return document.warnings.map((warning) => placeWarning(document, warning)?.message ?? warningText(warning));
}

export function tableTitle(table: RawTable, index: number): string {
  return table.title || strings().untitledTable(index + 1);
}

/** A row named as the clerk finds it: its 序号 and task (「序号 3「燃气领域」」), else its place among the data rows. */
export function rowName(seq: string, task: string, row: number): string {
  const text = strings().place;
  if (seq === '' && task === '') return text.row(row + 1);
  return text.seqTask(seq, task.length > 20 ? `${task.slice(0, 20)}…` : task);
}

/** The 序号 and task heading of a data row: the heading filled down from the rows above, as the tasks layer does. */
export function rowOf(table: RawTable, row: number): { seq: string; task: string } {
  const seqColumn = table.columns.findIndex((c) => c.role === 'seq');
  const groupColumns = table.columns.flatMap((c, i) => (c.role === 'group' ? [i] : []));
  const seq = seqColumn >= 0 ? (table.rows[row]?.cells[seqColumn]?.text ?? '') : '';
  let task = '';
  for (let r = row; r >= 0 && task === ''; r--) {
    task = groupColumns.map((c) => table.rows[r]?.cells[c]?.text ?? '').filter((text) => text !== '').join(' / ');
  }
  return { seq, task: task.replace(/\s+/g, ' ') };
}

/** The table a warning of a text file is about (the last table starting at or before its line), and the message naming it by title and row. */
function placeWarning(document: SourceDocument, warning: Warning): { table: number; message: string } | undefined {
  if (!warning.at) return undefined;
  const { line } = warning.at;
  let table = -1;
  document.tables.forEach((t, i) => {
    if (t.position.kind === 'line' && t.position.line <= line) table = i;
  });
  const raw = document.tables[table];
  if (!raw) return undefined;
  const rowAt = (at: number) => raw.rows.findIndex((r) => r.position.kind === 'line' && r.position.line === at);
  const named = (row: number) => {
    const { seq, task } = rowOf(raw, row);
    return rowName(seq, task, row);
  };
  const place = (rows: number[]) => ({ table, message: warningText(warning, strings().place.warning(tableTitle(raw, table), rows.map(named))) });
  if (warning.at.rows) {
    const rows = warning.at.rows.map(rowAt);
    // A row the table does not hold at that line leaves the message as the reader wrote it.
    return rows.includes(-1) ? undefined : place(rows);
  }
  const row = rowAt(line);
  return place(row < 0 ? [] : [row]);
}
