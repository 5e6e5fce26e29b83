// Rows of cells over logical columns become a RawTable: find the header row (title rows above it
// are skipped), take a second header row under spanned labels (责任单位 → 牵头单位 | 配合单位),
// drop header rows repeated inside the body and blank rows, and pad ragged rows with a warning.

import { warning, type Warning } from '../result';
import { compactLabel, roleOfLabel } from './column-roles';
import { columnsOfHeader, type HeaderCell, type HeaderColumns } from './header-columns';
import { describePosition, positionFact } from './position-text';
import type { Column, RawCell, RawRow, RawTable, SourcePosition } from './raw-table';
import type { LaidRow } from './span-layout';

/** A header below a few title rows is still found; deeper than this it is body text. */
export const HEADER_SEARCH_ROWS = 5;

export interface FoundHeader extends HeaderColumns {
  /** Index of the first data row. */
  body: number;
  /** Compact texts of each header row, to recognise repeats of it in the body. */
  signatures: string[];
}

export function findHeader(rows: readonly LaidRow[]): FoundHeader | undefined {
  for (let h = 0; h < Math.min(rows.length, HEADER_SEARCH_ROWS); h++) {
    const found = columnsOfHeader(headerCells(rows[h].cells));
    if (!found) continue;
    const sub = rows[h + 1] && subHeader(rows[h], rows[h + 1]);
    const header: FoundHeader = sub
      ? { ...sub, body: h + 2, signatures: [rowSignature(rows[h].cells), rowSignature(rows[h + 1].cells)] }
      : { ...found, body: h + 1, signatures: [rowSignature(rows[h].cells)] };
    // More rows the source itself marks as header rows (w:tblHeader, <thead>) are not data.
    for (; rows[header.body]?.header; header.body++) header.signatures.push(rowSignature(rows[header.body].cells));
    return header;
  }
  return undefined;
}

/**
 * Add body rows to a table: repeated header rows and blank rows are dropped, short rows padded,
 * long rows widen the table with unlabelled columns. Returns the ragged-row warning, if any.
 */
export function appendRows(table: RawTable, rows: readonly LaidRow[], signatures: readonly string[]): Warning[] {
  const ragged: SourcePosition[] = [];
  for (const row of rows) {
    if (isBlank(row.cells) || signatures.includes(rowSignature(row.cells))) continue;
    if (row.cells.length !== table.columns.length) ragged.push(row.position);
    while (table.columns.length < row.cells.length) widen(table);
    table.rows.push(padded(row, table.columns.length));
  }
  for (const row of table.rows) {
    while (row.cells.length < table.columns.length) row.cells.push({ text: '' });
  }
  if (ragged.length === 0) return [];
  const where = ragged.slice(0, 5).map(describePosition).join('、') + (ragged.length > 5 ? ' 等' : '');
  return [
    warning(
      'ragged-row',
      `表格「${table.title || '（无标题）'}」有 ${ragged.length} 行的单元格数与表头（${table.columns.length} 列）不一致：${where}。已按空白单元格补齐，请核对这些行。`,
      { title: table.title, rows: ragged.length, columns: table.columns.length, places: ragged.slice(0, 5).map(positionFact) },
    ),
  ];
}

function padded(row: LaidRow, width: number): RawRow {
  const cells = row.cells.map((cell) => ({ ...cell }));
  while (cells.length < width) cells.push({ text: '' });
  return { cells, position: row.position };
}

function widen(table: RawTable): void {
  const column: Column = { label: '', role: 'other' };
  table.columns.push(column);
}

/** Header labels with their spans: a cell merged from the left widens the label before it. */
function headerCells(cells: readonly RawCell[]): HeaderCell[] {
  const labels: HeaderCell[] = [];
  for (const cell of cells) {
    const last = labels[labels.length - 1];
    if (cell.merge === 'left' && last) last.span++;
    else labels.push({ label: cell.text, span: 1 });
  }
  return labels;
}

/** A second header row: labels only under labels that span several columns; the rest merged from above. */
function subHeader(top: LaidRow, below: LaidRow): HeaderColumns | undefined {
  if (below.cells.length !== top.cells.length) return undefined;
  let labelled = 0;
  for (let c = 0; c < below.cells.length; c++) {
    const cell = below.cells[c];
    if (cell.merge || cell.text === '') continue;
    if (roleOfLabel(cell.text) === undefined || !spanned(top.cells, c)) return undefined;
    labelled++;
  }
  if (labelled === 0) return undefined;
  const labels = top.cells.map((_, c) => {
    const under = below.cells[c];
    return under.text !== '' && !under.merge ? under.text : labelOver(top.cells, c);
  });
  return columnsOfHeader(labels.map((label) => ({ label, span: 1 })));
}

function spanned(cells: readonly RawCell[], c: number): boolean {
  return cells[c].merge === 'left' || cells[c + 1]?.merge === 'left';
}

function labelOver(cells: readonly RawCell[], c: number): string {
  let at = c;
  while (at > 0 && cells[at].merge === 'left') at--;
  return cells[at].text;
}

/** A row's compact texts, to recognise a header row repeated in the body. */
export function rowSignature(cells: readonly RawCell[]): string {
  return cells.map((cell) => compactLabel(cell.text)).join('\u0000');
}

function isBlank(cells: readonly RawCell[]): boolean {
  return cells.every((cell) => cell.text.trim() === '' && !cell.merge);
}
