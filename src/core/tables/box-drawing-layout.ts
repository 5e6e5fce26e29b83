// Tables drawn with box-drawing characters, as legal databases and old text exports keep them:
//   ┌──┬────┬──────┐
//   │序号│责任单位│ 任务目标 │
//   ├──┼────┼──────┤
//   │ 1 │ 金水区 │1.新建绿地…… │
//   │ │ ├──────┤      ← a rule under some columns only: the cells above it end, the others go on
//   │ │ │2.新建游园…… │  (金水区 is merged over both rows)
// Cells are told apart by their 「│」, not by position: a CJK text drawn in a monospace font does not
// keep its columns in a copy. A cell's lines between two rules are one cell, its words joined (the
// table wrapped them to its width). A rule that ends a cell in some columns starts a row; a cell it
// passes under continues, as a vertical merge. The grid then goes the way a .docx table goes.

import { success, type Result } from '../result';
import { assembleTables } from './assemble-tables';
import type { RawTable } from './raw-table';
import { nameShape } from '../text/name-shape';
import type { SpanCell, SpanRow } from './span-layout';
import { TableCollector } from './table-collector';

/** A line of the drawing: it opens (and closes) with a vertical or a corner. */
const DRAWN = /^\s*[│┃├┝┠┣┌┏└┗╭╰]/;
/** A rule line: lines and junctions only (with the spaces of columns whose cells go on). */
const RULE = /^[\s│┃├┤┝┥┠┨┣┫┼╋┬┴┳┻┌┐└┘┏┓┗┛╭╮╯╰─━═]+$/;
const JUNCTIONS = /[│┃├┤┝┥┠┨┣┫┼╋┬┴┳┻┌┐└┘┏┓┗┛╭╮╯╰]/;
const VERTICALS = /[│┃|]/;
const HORIZONTAL = /[─━═]/;

interface OpenCell {
  lines: string[];
  /** The row the cell started in, whose SpanCell gets its text when it ends. */
  cell: SpanCell;
}

/** The segments of a drawn line between its outer verticals (a line a copy cut short keeps its last one). */
function segments(line: string, separator: RegExp): string[] {
  const trimmed = line.trim();
  const parts = trimmed.split(separator);
  return parts.slice(1, separator.test(trimmed[trimmed.length - 1]) ? parts.length - 1 : parts.length);
}

export function readBoxTables(text: string): Result<RawTable[]> {
  const lines = text.split('\n');
  if (!lines.some((line) => DRAWN.test(line) && HORIZONTAL.test(line))) return success([]);
  const collector = new TableCollector();
  for (let i = 0; i < lines.length; ) {
    if (!DRAWN.test(lines[i])) {
      collector.paragraph(lines[i].trim());
      i += 1;
      continue;
    }
    const table = collector.open({ kind: 'line', line: i + 1 });
    let end = i;
    while (end < lines.length && DRAWN.test(lines[end])) end += 1;
    table.rows = drawnRows(lines, i, end);
    collector.close(table);
    i = end;
  }
  const { tables, warnings } = assembleTables(collector.tables);
  return success(tables, warnings);
}

/**
 * A cell's lines as one text: the drawing wrapped its words at the cell's width, so they join with
 * nothing between them, except after a full stop, or between names each whole on its line
 * (「县住建局」 over 「县财政局」), which were written one per line.
 */
function joinCellLines(lines: readonly string[]): string {
  return lines.reduce((text, line, k) => {
    if (k === 0) return line;
    const previous = lines[k - 1];
    const apart = /[。；;！!？?]$/.test(previous) || (nameShape(previous) === 'unit' && nameShape(line) === 'unit');
    return text + (apart ? '\n' : '') + line;
  }, '');
}

/** The rows of the drawing at lines [from, to). */
function drawnRows(lines: readonly string[], from: number, to: number): SpanRow[] {
  const rows: SpanRow[] = [];
  const open: Array<OpenCell | undefined> = [];
  const closeCell = (c: number): void => {
    const cell = open[c];
    if (cell) cell.cell.text = joinCellLines(cell.lines.filter((text) => text !== ''));
    open[c] = undefined;
  };
  let row: SpanRow | undefined;
  for (let i = from; i < to; i += 1) {
    const line = lines[i];
    if (RULE.test(line.trim()) && HORIZONTAL.test(line)) {
      // A column whose segment is drawn across ends its cell here; a blank one goes on under the rule.
      segments(line, JUNCTIONS).forEach((segment, c) => {
        if (HORIZONTAL.test(segment)) closeCell(c);
      });
      row = undefined;
      continue;
    }
    const cells = segments(line, VERTICALS);
    if (cells.length === 0) continue;
    if (!row) {
      row = { cells: [], end: cells.length, header: false, position: { kind: 'line', line: i + 1 } };
      rows.push(row);
      const starting = row;
      cells.forEach((_, c) => {
        const continues = open[c] !== undefined;
        const cell: SpanCell = { text: '', start: c, span: 1, continues };
        starting.cells.push(cell);
        if (!continues) open[c] = { lines: [], cell };
      });
    }
    cells.forEach((text, c) => open[c]?.lines.push(text.trim()));
  }
  open.forEach((_, c) => closeCell(c));
  return rows;
}
