// Tables in text with one row per line: cells separated by tabs (copied from a web page or Excel)
// or by 「|」. A header row (found by its vocabulary) starts a table; it runs until a plain line
// that does not continue a row; the heading is the plain line before the header. A header row
// repeated inside the table is dropped, and a row broken over lines (a cell with a line break,
// copied from a browser) is joined back when its pieces add up to the table's width.

import { success, warningAt, type Result, type Warning } from '../result';
import { recogniseHeader } from './column-roles';
import { joinHeaderRows } from './two-row-header';
import { alignCells } from './anchored-rows';
import { restoreRowspanGap } from './rowspan-gap';
import { recordAt, type DelimitedRecord } from './delimited-rows';
import { appendRows, rowSignature } from './grid-table';
import type { RawTable } from './raw-table';
import type { LaidRow } from './span-layout';
import { textExportColumns } from './text-export-header';
import { headingOf } from './table-heading';
import { SECTION_NUMBER } from '../text/section-heading';

const SECTION_ROW = new RegExp(`${SECTION_NUMBER.source}.{1,38}[|｜]?$`);

interface BodyRow {
  cells: string[];
  line: number;
  /** A line with no delimiter, taken on the chance that it continues a row broken over lines. */
  plain: boolean;
  /** A section row (「一、体系建设 |」). */
  section?: true;
}

export function readDelimitedTables(text: string): Result<RawTable[]> {
  const lines = text.split('\n');
  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  let before: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = recordAt(lines, i);
    const record = first.kind === 'cells' ? withSecondHeaderLine(lines, first) : first;
    const roles = record.kind === 'cells' ? recogniseHeader(record.cells) : undefined;
    if (record.kind !== 'cells' || !roles) {
      if (first.kind === 'text') before.push(first.text);
      i = first.end;
      continue;
    }
    const body = readBody(lines, record.end, record.cells);
    const table = buildTable(headingOf(before), record, roles, body.rows, warnings);
    tables.push(table);
    before = [];
    i = body.end;
  }
  return success(tables, warnings);
}

function buildTable(
  title: string,
  header: Extract<DelimitedRecord, { kind: 'cells' }>,
  roles: NonNullable<ReturnType<typeof recogniseHeader>>,
  body: BodyRow[],
  warnings: Warning[],
): RawTable {
  const where = { line: header.line, text: title ? `第 ${header.line} 行的表格「${title}」` : `第 ${header.line} 行的表格` };
  const width = Math.max(header.cells.length, commonWidth(body));
  const laid = textExportColumns(header.cells, roles, width, where);
  warnings.push(...laid.warnings);
  const table: RawTable = { title, header: header.cells, columns: laid.columns, rows: [], position: { kind: 'line', line: header.line } };
  const roleOf = laid.columns.map((column) => column.role);
  const joined = joinBrokenRows(body, width);
  const short = joined.filter((row) => row.cells.length >= 2 && row.cells.length < width).map((row) => row.line);
  if (short.length > 0) {
    const named = { line: where.line, text: `${where.text}第 ${short.join('、')} 行` };
    warnings.push(warningAt('ragged-row', named, '的格数少于表头（可能有合并单元格）：已按各格内容的样子（单位名称、日期、文字）对到列上，请核对。', short, { lines: short }));
  }
  const rows = joined.map(
    (row): LaidRow => ({
      // A row short of cells lost a merged one: its cells go where their shapes fit, not simply leftmost.
      cells:
        row.cells.length >= 2 && row.cells.length < width
          ? alignCells(row.cells, roleOf).map((text) => ({ text }))
          : (restoreRowspanGap(row.cells, roleOf) ?? row.cells.map((text) => ({ text }))),
      header: false,
      position: { kind: 'line', line: row.line },
    }),
  );
  warnings.push(...appendRows(table, rows, [rowSignature(header.cells.map((text) => ({ text })))]));
  if (table.rows.length === 0) warnings.push(warningAt('empty-table', where, '只有表头，没有数据行。'));
  return table;
}

type CellsRecord = Extract<DelimitedRecord, { kind: 'cells' }>;

/** A header over two lines (see two-row-header.ts) is read as one header record. */
function withSecondHeaderLine(lines: readonly string[], header: CellsRecord): CellsRecord {
  if (header.end >= lines.length) return header;
  const next = recordAt(lines, header.end);
  const cells = next.kind === 'cells' ? joinHeaderRows(header.cells, next.cells) : undefined;
  return cells ? { ...header, cells, end: next.end } : header;
}

/** Rows after the header: delimited lines, and plain lines while they may continue a broken row. */
function readBody(lines: readonly string[], start: number, header: string[]): { rows: BodyRow[]; end: number } {
  const rows: BodyRow[] = [];
  const signature = rowSignature(header.map((text) => ({ text })));
  let i = start;
  while (i < lines.length) {
    const record = recordAt(lines, i);
    // A section row spanning the table (「一、体系建设 |」) keeps it going when data rows, not a new header, follow.
    if (record.kind === 'text' && SECTION_ROW.test(record.text.trim()) && dataRowFollows(lines, record.end)) {
      rows.push({ cells: [record.text.replace(/[|｜\s]+$/, '').trim()], line: record.line, plain: false, section: true });
      i = record.end;
      continue;
    }
    if (record.kind === 'text' && !continuesRow(rows, header.length)) break;
    if (record.kind === 'cells') {
      const another = recogniseHeader(record.cells) && rowSignature(record.cells.map((text) => ({ text }))) !== signature;
      if (another) break;
      rows.push({ cells: record.cells, line: record.line, plain: false });
    }
    if (record.kind === 'text') rows.push({ cells: [record.text.trim()], line: record.line, plain: true });
    i = record.end;
  }
  // Plain lines left over at the end continued nothing: they belong after the table (a heading).
  while (rows.length > 0 && rows[rows.length - 1].plain) {
    i = rows[rows.length - 1].line - 1;
    rows.pop();
  }
  return { rows, end: i };
}

function dataRowFollows(lines: readonly string[], from: number): boolean {
  let next = from < lines.length ? recordAt(lines, from) : undefined;
  while (next?.kind === 'blank' && next.end < lines.length) next = recordAt(lines, next.end);
  return next?.kind === 'cells' && next.cells.length >= 2 && !recogniseHeader(next.cells);
}

/** A plain line can continue the last row only while that row is shorter than the header. */
function continuesRow(rows: BodyRow[], width: number): boolean {
  const last = rows[rows.length - 1];
  return last !== undefined && last.cells.length < width;
}

/** The most frequent row width: the one the table was laid out with. */
function commonWidth(rows: BodyRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of counts) if (count > (counts.get(best) ?? 0)) best = width;
  return best;
}

/** Rows shorter than `width` joined with the lines after them when together they make exactly `width` cells. */
function joinBrokenRows(rows: BodyRow[], width: number): BodyRow[] {
  const joined: BodyRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    let cells = rows[i].cells;
    let j = i + 1;
    // A section row spanning the table is short by design: it continues nothing.
    while (cells.length < width && j < rows.length && !rows[i].section && !rows[j].section) {
      const next = rows[j].cells;
      cells = [...cells.slice(0, -1), `${cells[cells.length - 1]}\n${next[0]}`, ...next.slice(1)];
      j++;
    }
    if (cells.length === width && j > i + 1) {
      joined.push({ cells, line: rows[i].line, plain: false });
      i = j - 1;
    } else joined.push(rows[i]);
  }
  return joined;
}
