// Web pages rendered to text put one cell on a line, each closed (or opened) by 「|」:
//   序号 |  /  主要任务 |  /  责任单位 |   then a blank line (or a line of 「|」 only) between rows.
// A vertically merged cell shows as a line holding only 「|」 inside a row: it stays an empty cell,
// for the tasks layer to fill down. The header is the first group of cells read as one.

import { success, type Result, type Warning } from '../result';
import { recogniseHeader } from './column-roles';
import { appendRows } from './grid-table';
import type { RawTable } from './raw-table';
import type { LaidRow } from './span-layout';
import { headingOf } from './table-heading';
import { textExportColumns } from './text-export-header';

/** 「文字 |」 or 「| 文字」: one cell; 「|」 alone: an empty (merged) cell. */
const CELL_LINE = /^\s*\|?\s*(.*?)\s*\|\s*$|^\s*\|\s*(.*?)\s*$/;
/** A row separator: a blank line, or a line of 「|」 and dashes only with at least two bars. */
const SEPARATOR = /^\s*$|^\s*\|[\s|:-]*\|\s*$/;

interface Group {
  cells: string[];
  /** Cells written as a bare 「|」: merged into the cell above. */
  merged: boolean[];
  line: number;
}

export function readCellPerLineTables(text: string): Result<RawTable[]> {
  const lines = text.split('\n');
  const groups: Array<Group | { plain: string; line: number }> = [];
  let current: Group | undefined;
  lines.forEach((line, i) => {
    const cell = SEPARATOR.test(line) ? undefined : CELL_LINE.exec(line);
    if (cell) {
      current ??= { cells: [], merged: [], line: i + 1 };
      current.cells.push((cell[1] ?? cell[2] ?? '').trim());
      current.merged.push(line.trim() === '|');
      return;
    }
    if (current) groups.push(current);
    current = undefined;
    if (line.trim() !== '' && !SEPARATOR.test(line)) groups.push({ plain: line, line: i + 1 });
  });
  if (current) groups.push(current);

  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  let before: string[] = [];
  let table: RawTable | undefined;
  let rows: LaidRow[] = [];
  const close = (): void => {
    if (table) warnings.push(...appendRows(table, rows, []));
    table = undefined;
    rows = [];
  };
  for (const group of groups) {
    if ('plain' in group) {
      if (table) close();
      before.push(group.plain);
      continue;
    }
    const roles = group.cells.length >= 2 ? recogniseHeader(group.cells) : undefined;
    if (roles) {
      close();
      const title = headingOf(before);
      const laid = textExportColumns(group.cells, roles, group.cells.length, { line: group.line, text: title ? `表格「${title}」` : `第 ${group.line} 行的表格` });
      warnings.push(...laid.warnings);
      table = { title, header: group.cells, columns: laid.columns, rows: [], position: { kind: 'line', line: group.line } };
      tables.push(table);
      before = [];
    } else if (table) {
      const cells = group.cells.map((text, c) => (group.merged[c] && rows.length > 0 ? { text, merge: 'above' as const } : { text }));
      rows.push({ cells, header: false, position: { kind: 'line', line: group.line } });
    }
  }
  close();
  return success(tables.filter((t) => t.rows.length > 0), warnings);
}
