// A table a web page flattened with a bar before each cell: the first cell of a row on its own
// line(s), each further cell on a line starting with 「|」, and a line holding only 「|」 after the row.
//   牵头单位 / | 目标任务 / | 责任单位 / |
//   市政 / 府办 / 公厅 / | 强化行政监督…… / | 市直各单位 / |
//   推进国家安全工作发展 / | 市直各单位 / |          ← the 牵头单位 cell was merged with the one above
// A row short of cells lost its vertically merged cells: its cells go to the columns their shapes
// fit, and the ones left out are marked as merged with the cell above.

import { success, warningAt, type Result } from '../result';
import { alignCells, shapeOf } from './anchored-rows';
import { compactLabel, recogniseHeader } from './column-roles';
import type { RawRow, RawTable } from './raw-table';
import { readsAsHeading } from './table-heading';
import { isSectionLine, SECTION_NUMBER } from '../text/section-heading';

interface Block {
  cells: string[];
  line: number;
}

const BAR = /^\s*[|｜]\s*/;
/** A cell Word broke into lines of a few characters each (「市政 / 府办 / 公厅」): one name, not three paragraphs. */
const SHORT_PIECE = /^[\u4e00-\u9fff]{1,4}$/;

function joinCell(lines: string[]): string {
  return lines.length > 1 && lines.every((line) => SHORT_PIECE.test(line)) ? lines.join('') : lines.join('\n');
}

/**
 * The other way pages flatten a table (「1 / | / 主要预期目标 / | / 1.地区生产总值…… / | / 钱 宇 / | / ★区发改委 / |||」):
 * a line of one 「|」 between cells, a line of several between rows; two bars in a row hold an empty cell.
 */
function separatedBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let cells: string[][] = [[]];
  let start = 0;
  const close = (): void => {
    const texts = cells.map((cell) => joinCell(cell));
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    if (texts.some((t) => t !== '')) blocks.push({ cells: texts, line: start + 1 });
    cells = [[]];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const bars = /^[|｜]+$/.test(line) ? line.length : 0;
    if (bars === 1) cells.push([]);
    else if (bars > 1) close();
    else {
      if (cells.every((cell) => cell.length === 0)) start = index;
      cells[cells.length - 1].push(line);
    }
  });
  close();
  return blocks;
}

/** The rows between bare 「|」 lines, each cut into cells where a line starts with 「|」. */
function barLedBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let cells: string[][] = [];
  let start = 0;
  const close = (): void => {
    const texts = cells.map((cell) => joinCell(cell.map((l) => l.trim()).filter((l) => l !== '')));
    if (texts.some((t) => t !== '')) blocks.push({ cells: texts, line: start + 1 });
    cells = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (/^[|｜]$/.test(line)) {
      close();
      return;
    }
    if (cells.length === 0) start = index;
    if (BAR.test(line) || cells.length === 0) cells.push([line.replace(BAR, '')]);
    else cells[cells.length - 1].push(line);
  });
  close();
  return blocks;
}


/** Section lines that ended up in a row's block (the header's, before the first row mark) become rows of their own. */
function withSections(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    const at = block.cells.findIndex((cell, i) => i > 0 && isSectionLine(cell));
    return at < 0 ? [block] : [{ ...block, cells: block.cells.slice(0, at) }, ...block.cells.slice(at).map((cell) => ({ cells: [cell], line: block.line }))];
  });
}

/**
 * A block longer than a row holds several rows whose merged cells left no row mark between them
 * (「1 | 主要预期目标 | 1.…… | 钱 宇 | ★区发改委 | 2.…… | ★区财政局」): with the units last in each row,
 * a row ends at each list of units.
 */
function splitAtUnits(block: Block, width: number): Block[] {
  if (block.cells.length <= width) return [block];
  const rows: Block[] = [];
  let cells: string[] = [];
  for (const cell of block.cells) {
    cells.push(cell);
    if (cell !== '' && shapeOf(cell) === 'units') {
      rows.push({ cells, line: block.line });
      cells = [];
    }
  }
  if (cells.some((cell) => cell !== '')) rows.push({ cells, line: block.line });
  return rows;
}

export function readBarRowTables(text: string): Result<RawTable[]> {
  const lines = text.split('\n');
  const separated = lines.some((line) => /^\s*[|｜]{2,}\s*$/.test(line));
  const blocks = withSections(separated ? separatedBlocks(lines) : barLedBlocks(lines));
  // The header's first cell may carry the text before the table on its earlier lines: its last line is the label.
  const labelsOf = (block: Block): string[] => block.cells.map((cell, c) => compactLabel(c === 0 ? (cell.split('\n').pop() ?? '') : cell));
  const at = blocks.findIndex((block) => block.cells.length >= 2 && recogniseHeader(labelsOf(block)) !== undefined);
  if (at < 0) return success([]);
  const header = labelsOf(blocks[at]);
  const roles = recogniseHeader(header) ?? [];
  const rows: RawRow[] = [];
  const lastIsUnits = ['units', 'lead', 'support'].includes(roles[roles.length - 1]);
  for (const block of blocks.slice(at + 1).flatMap((b) => (lastIsUnits ? splitAtUnits(b, header.length) : [b]))) {
    if (block.cells.length > header.length || recogniseHeader(block.cells.map(compactLabel))) break;
    if (block.cells.length === 1 && SECTION_NUMBER.test(block.cells[0])) {
      rows.push({ cells: header.map((_, c) => ({ text: c === 0 ? block.cells[0] : '' })), position: { kind: 'line', line: block.line } });
      continue;
    }
    const given = block.cells.filter((cell) => cell !== '');
    const short = block.cells.length < header.length;
    const cells = short ? alignCells(given, roles) : block.cells;
    // The cells a short row lacks were merged with the row above.
    rows.push({
      cells: cells.map((text) => (short && text === '' ? { text: '', merge: 'above' as const } : { text })),
      position: { kind: 'line', line: block.line },
    });
  }
  if (rows.length === 0) return success([]);
  const before = lines.slice(0, blocks[at].line - 1).map((l) => l.trim()).filter((l) => l !== '');
  const title = before.length > 0 && readsAsHeading(before[before.length - 1]) ? before[before.length - 1] : '';
  const table: RawTable = {
    title,
    header,
    columns: header.map((label, c) => ({ label, role: roles[c] })),
    rows,
    position: { kind: 'line', line: blocks[at].line },
  };
  return success([table], [warningAt('bar-rows', { line: blocks[at].line, text: `第 ${blocks[at].line} 行起的表格` }, `每格以「|」开头、每行以单独的「|」结束；缺格的行按合并单元格读（沿用上一行），请核对。`)]);
}
