// A table already in the workbook (the clerk pasted it, then selected it) becomes a RawTable: the
// header row found by its vocabulary among the first rows, as for a .docx grid. Merged areas need
// ExcelApi 1.13, newer than the add-in's 1.10, so only values come in: a merged heading reads as
// its text over blank cells, which the tasks layer fills down as for a text export (format 'text'),
// and a header over two rows (责任单位 over 牵头单位 | 配合单位) is joined as for tab-separated text.

import { failure, success, warning, type Result, type Warning } from '../result';
import { recogniseHeader } from './column-roles';
import { appendRows, findHeader, HEADER_SEARCH_ROWS } from './grid-table';
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
  const rows = withTwoRowHeader(
    values.map((cells, i): LaidRow => ({
      cells: cells.map((text) => ({ text: text.trim() })),
      header: false,
      position: { kind: 'line', line: firstRow + i },
    })),
  );
  const spans = spanBlankLabels(rows);
  const header = findHeader(rows);
  if (!header) {
    return failure('no-header', '选区的前几行中没有找到表头（如 序号、任务、责任单位）：请选中包括表头行在内的整张分工表后再导入。');
  }
  const table: RawTable = { title: '', header: header.header, columns: header.columns, rows: [], position: { kind: 'line', line: firstRow } };
  const warnings = [...spans, ...appendRows(table, rows.slice(header.body), header.signatures)];
  if (table.rows.length === 0) return failure('empty-table', '选区只有表头，没有数据行。', warnings);
  // Excel hands the values over as JavaScript strings: UTF-16, nothing to decode.
  return success({ source, format: 'text', encoding: 'utf-16le', tables: [table], warnings });
}

/**
 * A blank header cell over a column that holds data is a label merged across it (「责任单位」 over
 * two columns reads as 责任单位 and a blank): it is marked as merged from the left, so the label
 * covers both columns, as a .docx's gridSpan does, and said in a warning.
 */
function spanBlankLabels(rows: LaidRow[]): Warning[] {
  const h = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => recogniseHeader(row.cells.map((cell) => cell.text)));
  const header = rows[h];
  if (!header) return [];
  const spanned = new Set<string>();
  let label = '';
  header.cells.forEach((cell, c) => {
    if (cell.text !== '') label = cell.text;
    else if (label !== '' && rows.slice(h + 1).some((row) => (row.cells[c]?.text ?? '') !== '')) {
      cell.merge = 'left';
      spanned.add(label);
    }
  });
  return [...spanned].map((name) =>
    warning('header-span', `表头「${name}」右侧有一列没有列名但有内容：按「${name}」横跨这几列读取（如合并单元格），请核对。`),
  );
}

/** The first header among the top rows, its two rows joined into one when the row below it is a second header row. */
function withTwoRowHeader(rows: LaidRow[]): LaidRow[] {
  const texts = (row: LaidRow | undefined) => row?.cells.map((cell) => cell.text) ?? [];
  for (let h = 0; h + 1 < Math.min(rows.length, HEADER_SEARCH_ROWS); h++) {
    const row = rows[h];
    const joined = joinHeaderRows(texts(row), texts(rows[h + 1]));
    if (row && joined) return [...rows.slice(0, h), { ...row, cells: joined.map((text) => ({ text })) }, ...rows.slice(h + 2)];
    if (recogniseHeader(texts(row))) break;
  }
  return rows;
}
