// A table already in the workbook (the clerk pasted it, then selected it) becomes a RawTable: the
// header row found by its vocabulary among the first rows, as for a .docx grid; a later header row
// (another table pasted below, under its heading) starts another table. Merged areas need
// ExcelApi 1.13, newer than the add-in's 1.10, so only values come in: a merged heading reads as
// its text over blank cells, which the tasks layer fills down as for a text export (format 'text'),
// and a header over two rows (责任单位 over 牵头单位 | 配合单位) is joined as for tab-separated text.

import { failure, success, warning, type Result, type Warning } from '../result';
import { recogniseHeader } from './column-roles';
import { appendRows, findHeader, HEADER_SEARCH_ROWS, rowSignature } from './grid-table';
import { joinHeaderRows } from './two-row-header';
import type { RawTable, SourceDocument } from './raw-table';
import type { LaidRow } from './span-layout';

export interface GridSource {
  /** What the clerk would call it: 「Sheet1!A1:F40」. */
  source: string;
  /** 1-based worksheet row of values[0], so warnings name the rows the clerk sees. */
  firstRow: number;
  values: string[][];
}

export function documentFromGrid({ source, firstRow, values }: GridSource): Result<SourceDocument> {
  const rows = values.map(
    (cells, i): LaidRow => ({ cells: cells.map((text) => ({ text: text.trim() })), header: false, position: { kind: 'line', line: firstRow + i } }),
  );
  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  // Several tables on one sheet, each under its heading row: each new header starts the next.
  for (let read = tableAt(rows); read; read = read.rest ? tableAt(read.rest) : undefined) {
    tables.push(read.table);
    warnings.push(...read.warnings);
  }
  if (tables.length === 0) {
    return failure('no-header', '选区的前几行中没有找到表头（如 序号、任务、责任单位）：请选中包括表头行在内的整张分工表后再导入。');
  }
  const filled = tables.filter((table) => table.rows.length > 0);
  if (filled.length === 0) return failure('empty-table', '选区只有表头，没有数据行。', undefined, warnings);
  // Excel hands the values over as JavaScript strings: UTF-16, nothing to decode.
  return success({ source, format: 'text', encoding: 'utf-16le', tables: filled, warnings });
}

/** The table whose header is among the first rows, titled by a heading row above it, and the rows after it that start another. */
function tableAt(given: LaidRow[]): { table: RawTable; warnings: Warning[]; rest?: LaidRow[] } | undefined {
  const rows = withTwoRowHeader(given);
  const located = findHeader(rows);
  if (!located) return undefined;
  const next = rows.findIndex((row, i) => i >= located.body && recogniseHeader(texts(row)) && !located.signatures.includes(rowSignature(row.cells)));
  const end = next < 0 ? rows.length : headingStart(rows, next);
  const spans = spanBlankLabels(rows[located.body - located.signatures.length], rows.slice(located.body, end));
  // Found again: a label now spanning a blank column gives that column its role.
  const header = findHeader(rows) ?? located;
  const headerRow = header.body - header.signatures.length;
  const above = rows[headerRow - 1];
  const table: RawTable = {
    title: above && isHeading(above) ? texts(above).join('') : '',
    header: header.header,
    columns: header.columns,
    rows: [],
    position: rows[headerRow]?.position ?? { kind: 'line', line: 1 },
  };
  const warnings = [...spans, ...appendRows(table, rows.slice(header.body, end), header.signatures)];
  return { table, warnings, ...(next < 0 ? {} : { rest: rows.slice(end) }) };
}

const texts = (row: LaidRow | undefined) => row?.cells.map((cell) => cell.text) ?? [];

/** A row with one filled cell: a heading such as 「二、重点措施」. */
function isHeading(row: LaidRow): boolean {
  return row.cells.filter((cell) => cell.text !== '').length === 1;
}

/** Where the next table starts: its heading row (past blank rows) when there is one, else its header. */
function headingStart(rows: LaidRow[], header: number): number {
  let at = header - 1;
  while (at >= 0 && texts(rows[at]).every((text) => text === '')) at--;
  const row = rows[at];
  return row && isHeading(row) ? at : header;
}

/**
 * A blank header cell over a column that holds data is a label merged across it (「责任单位」 over
 * two columns reads as 责任单位 and a blank): it is marked as merged from the left, so the label
 * covers both columns, as a .docx's gridSpan does, and said in a warning.
 */
function spanBlankLabels(header: LaidRow | undefined, body: LaidRow[]): Warning[] {
  const spanned = new Set<string>();
  let label = '';
  header?.cells.forEach((cell, c) => {
    if (cell.text !== '') label = cell.text;
    else if (label !== '' && body.some((row) => (row.cells[c]?.text ?? '') !== '')) {
      cell.merge = 'left';
      spanned.add(label);
    }
  });
  return [...spanned].map((name) =>
    warning('header-span', `表头「${name}」右侧有一列没有列名但有内容：按「${name}」横跨这几列读取（如合并单元格），请核对。`, { label: name }),
  );
}

/** The first header among the top rows, its two rows joined into one when the row below it is a second header row. */
function withTwoRowHeader(rows: LaidRow[]): LaidRow[] {
  for (let h = 0; h + 1 < Math.min(rows.length, HEADER_SEARCH_ROWS); h++) {
    const row = rows[h];
    const joined = joinHeaderRows(texts(row), texts(rows[h + 1]));
    if (row && joined) return [...rows.slice(0, h), { ...row, cells: joined.map((text) => ({ text })) }, ...rows.slice(h + 2)];
    if (recogniseHeader(texts(row))) break;
  }
  return rows;
}
