// Some web pages are copied to text with each filled cell on a line closed by 「|」 and, after a row's
// cells, one line of bars for its empty and covered cells:
//   2.乐业路 |  /  区城管局 |  /  已完工 |  /  |||||
// The bars pad every row to the table's width, so they say where a row ends but not where its missing
// cells were: a cell a rowspan covers (a 牵头单位 merged over a group's projects) and an empty cell
// both become a bar at the end. So a short row's cells go to the columns their shapes fit, one cell to
// a column; in a row without its own 序号, the columns left of its first cell are merged from the row
// above (the rowspan that covered them). A second header row (the stages under 本月进展情况) is read
// under the label it continues. Only a copy whose rows all pad to one width, some by more than one bar,
// is read this way: other copies that put one cell on a line keep their bars in place.

import { success, warningAt, type Result, type Warning } from '../result';
import { placeCells, shapeOf, type FitRole } from './anchored-rows';
import { compactLabel, recogniseHeader, roleOfLabel } from './column-roles';
import { appendRows } from './grid-table';
import type { ColumnRole, RawCell, RawTable } from './raw-table';
import type { LaidRow } from './span-layout';
import { headingOf } from './table-heading';
import { textExportColumns } from './text-export-header';

const CELL = /^\s*(\S.*?)\s*[|｜]\s*$/;
const BARS = /^\s*[|｜]+\s*$/;
/** A sub-label under a spanning one: short, no punctuation. */
const SUB_LABEL = /^[^。，,；;：:、]{1,10}$/;

interface Group {
  cells: string[];
  /** Bars closing the row: its empty and covered cells. */
  pads: number;
  line: number;
}

type Block = Group | { plain: string };

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Group | undefined;
  text.split('\n').forEach((line, i) => {
    const cell = CELL.exec(line);
    if (BARS.test(line)) {
      // Consecutive bar lines close one row; bars with no cell before them pad the last row.
      const last = open ?? blocks[blocks.length - 1];
      if (last && !('plain' in last)) last.pads += line.replace(/[^|｜]/g, '').length;
      if (open) blocks.push(open);
      open = undefined;
    } else if (cell) {
      open ??= { cells: [], pads: 0, line: i + 1 };
      open.cells.push(cell[1]);
    } else {
      if (open) blocks.push(open);
      open = undefined;
      if (line.trim() !== '') blocks.push({ plain: line });
    }
  });
  if (open) blocks.push(open);
  return blocks;
}

const widthOf = (group: Group): number => group.cells.length + group.pads;

export function readPaddedRowTables(text: string): Result<RawTable[]> {
  const blocks = blocksOf(text);
  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  let before: string[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if ('plain' in block) {
      before.push(block.plain);
      continue;
    }
    const roles = recogniseHeader(block.cells);
    if (!roles) continue;
    const next = blocks[b + 1];
    const lower = next && !('plain' in next) && widthOf(next) === widthOf(block) && next.cells.length < block.cells.length ? next.cells : undefined;
    const sub = lower && underSpanningLabel(block.cells, roles, lower);
    const body = bodyAfter(blocks, b + (sub ? 2 : 1), widthOf(block));
    if (!body.some((row) => row.pads >= 2 && row.cells.length >= 2)) continue;
    const title = headingOf(before);
    const where = { line: block.line, text: title ? `第 ${block.line} 行的表格「${title}」` : `第 ${block.line} 行的表格` };
    const header = sub ?? { labels: block.cells, roles };
    const laid = textExportColumns(header.labels, header.roles, widthOf(block), where);
    const table: RawTable = { title, header: header.labels, columns: laid.columns, rows: [], position: { kind: 'line', line: block.line }, mergesKnown: true };
    // A column whose label is outside the vocabulary (区民生实事项目数量) may take any cell.
    const fits = laid.columns.map((c): FitRole => (c.role === 'other' && roleOfLabel(c.label) === undefined ? 'free' : c.role));
    const known = Array.from({ length: fits.length }, () => new Set<string>());
    const rows = body.map((row) => placed(row, fits, known));
    warnings.push(
      ...laid.warnings,
      ...appendRows(table, rows, []),
      warningAt('cells-by-shape', where, '在文本中丢失了单元格的位置（空白格和被合并的格都成了行末的竖线）：已按内容的样子（序号、单位名称、日期、文字）分到各列，没有序号的行其左侧各格按与上一行合并读取，请核对。'),
    );
    tables.push(table);
    before = [];
    b += body.length + (sub ? 1 : 0);
  }
  return success(tables, warnings);
}

/** The rows after a header that pad to its width; a row cut off at the end of the text may fall short. */
function bodyAfter(blocks: readonly Block[], from: number, width: number): Group[] {
  const rows: Group[] = [];
  for (let b = from; b < blocks.length; b++) {
    const block = blocks[b];
    if ('plain' in block || widthOf(block) > width || recogniseHeader(block.cells)) break;
    if (widthOf(block) < width && b < blocks.length - 1) break;
    rows.push(block);
  }
  return rows;
}

const family = (role: ColumnRole | undefined): string | undefined => (role === 'lead' || role === 'support' ? 'units' : role);

/**
 * A second header row (fewer labels, none of them a row's 序号 or a sentence) read under the upper label
 * it continues: the one of its family (责任单位 over 牵头单位 | 配合单位), else the last (本月进展情况 over
 * 前期手续 | 在建形象进度). A lower label outside the vocabulary takes the upper label's role.
 */
function underSpanningLabel(upper: readonly string[], roles: readonly ColumnRole[], lower: readonly string[]): { labels: string[]; roles: ColumnRole[] } | undefined {
  const isSubLabel = (label: string): boolean =>
    roleOfLabel(label) !== undefined || (SUB_LABEL.test(compactLabel(label)) && shapeOf(label) !== 'seq' && shapeOf(label) !== 'units');
  if (!lower.every(isSubLabel)) return undefined;
  const families = new Set(lower.map((label) => family(roleOfLabel(label))).filter((f) => f !== undefined));
  const kin = roles.reduce((found, role, c) => (families.has(family(role) ?? '') ? c : found), -1);
  const at = kin >= 0 ? kin : upper.length - 1;
  return {
    labels: [...upper.slice(0, at), ...lower, ...upper.slice(at + 1)],
    roles: [...roles.slice(0, at), ...lower.map((label) => roleOfLabel(label) ?? roles[at]), ...roles.slice(at + 1)],
  };
}

/** A cell's words with its numbers left out: 「区政府民生实事项目(3个)」 is like 「区政府民生实事项目(1个)」. */
const likeness = (text: string): string => compactLabel(text).replace(/[\d一二三四五六七八九十]+/g, '#');

/** A row's cells on the columns: in place when it has them all, else each where its shape fits — or, for
 *  words like those a row above has in one column (the same words, numbers aside), in that column.
 *  `known` gathers, per column, the likenesses of the cells placed there. */
function placed(row: Group, fits: readonly FitRole[], known: ReadonlyArray<Set<string>>): LaidRow {
  const position = { kind: 'line' as const, line: row.line };
  const texts = row.cells.length >= fits.length ? row.cells : placeAround(row.cells, fits, known);
  texts.forEach((text, c) => text !== '' && known[c]?.add(likeness(text)));
  if (row.cells.length >= fits.length) return { cells: row.cells.map((text) => ({ text })), header: false, position };
  const seq = fits.indexOf('seq');
  // A row with no 序号 of its own lies under a rowspan: what is left of its first cell is merged from above.
  const first = seq >= 0 && texts[seq] === '' ? texts.findIndex((text) => text !== '') : 0;
  const cells = texts.map((text, c): RawCell => (c < first ? { text: '', merge: 'above' } : { text }));
  return { cells, header: false, position };
}

function placeAround(cells: readonly string[], fits: readonly FitRole[], known: ReadonlyArray<ReadonlySet<string>>): string[] {
  for (let k = 0; k < cells.length; k++) {
    // Only words seen in one column: a unit's name may sit in the 牵头单位 and the 业主单位 alike.
    const columns = known.flatMap((likes, c) => (likes.has(likeness(cells[k])) ? [c] : []));
    const c = columns.length === 1 && shapeOf(cells[k]) === 'text' ? columns[0] : -1;
    // Placed there only when the cells before and after it still fit the columns on either side.
    if (c < 0 || k > c || cells.length - k > fits.length - c) continue;
    return [...placeCells(cells.slice(0, k), fits.slice(0, c)), cells[k], ...placeAround(cells.slice(k + 1), fits.slice(c + 1), known.slice(c + 1))];
  }
  return placeCells(cells, fits);
}
