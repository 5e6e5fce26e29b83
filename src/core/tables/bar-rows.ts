// A table a web page flattened with a bar before each cell: the first cell of a row on its own
// line(s), each further cell on a line starting with 「|」, and a line holding only 「|」 after the row.
//   牵头单位 / | 目标任务 / | 责任单位 / |
//   市政 / 府办 / 公厅 / | 强化行政监督…… / | 市直各单位 / |
//   推进国家安全工作发展 / | 市直各单位 / |          ← the 牵头单位 cell was merged with the one above
// A row short of cells lost its vertically merged cells: its cells go to the columns their shapes
// fit, and the ones left out are marked as merged with the cell above.

import { success, warning, type Result } from '../result';
import { alignCells } from './anchored-rows';
import { compactLabel, recogniseHeader } from './column-roles';
import type { RawRow, RawTable } from './raw-table';
import { readsAsHeading } from './table-heading';

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

/** The rows between bare 「|」 lines, each cut into cells where a line starts with 「|」. */
function blocksOf(lines: string[]): Block[] {
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

export function readBarRowTables(text: string): Result<RawTable[]> {
  const lines = text.split('\n');
  const blocks = blocksOf(lines);
  const at = blocks.findIndex((block) => block.cells.length >= 2 && recogniseHeader(block.cells.map(compactLabel)) !== undefined);
  if (at < 0) return success([]);
  const header = blocks[at].cells.map(compactLabel);
  const roles = recogniseHeader(header) ?? [];
  const rows: RawRow[] = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.cells.length > header.length || recogniseHeader(block.cells.map(compactLabel))) break;
    const short = block.cells.length < header.length;
    const cells = short ? alignCells(block.cells, roles) : block.cells;
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
  return success([table], [warning('bar-rows', `第 ${blocks[at].line} 行起的表格每格以「|」开头、每行以单独的「|」结束；缺格的行按合并单元格读（沿用上一行），请核对。`)]);
}
