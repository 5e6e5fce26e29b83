// A sheet's cell styles as few requests as possible: cells with the same style names are painted
// together through Worksheet.getRanges (RangeAreas, ExcelApi 1.9), one address list per request.
// Per-cell formats (setCellProperties) would repeat the format for every cell (1.3 million cells of
// a 20,000-row 责任矩阵 are ~440 MB of JSON), and one request per range would be ~14,000 ranges for
// a 20,000-row import sheet with its flagged cells. Runs are found down each column, joined with
// the same run in the next column into rectangles, then listed by style.

import { cellA1, rangeA1 } from '../core/plan/address';
import type { CellRange, SheetPlan, StyleName } from '../core/plan/workbook-plan';

/** Kept short: Excel documents no limit for a getRanges address, and VBA's Range() stops at 255. */
export const MAX_ADDRESS_CHARS = 1_000;

export interface StyleArea {
  styles: StyleName[];
  /** 「A1:C1,B4,D7:D9」: at most MAX_ADDRESS_CHARS, unless one range alone is longer. */
  address: string;
  /** Some range spans several rows (or columns), so inside borders apply. */
  rows: boolean;
  columns: boolean;
}

interface Block {
  range: CellRange;
  styles: StyleName[];
}

export function styleAreas(sheet: SheetPlan): StyleArea[] {
  const byStyle = new Map<string, Block[]>();
  for (const block of styleBlocks(sheet)) {
    const key = block.styles.join();
    const same = byStyle.get(key);
    if (same) same.push(block);
    else byStyle.set(key, [block]);
  }
  return [...byStyle.values()].flatMap((blocks) => packAddresses(blocks));
}

function packAddresses(blocks: Block[]): StyleArea[] {
  const areas: StyleArea[] = [];
  let area: StyleArea | undefined;
  for (const { range, styles } of blocks) {
    const one = range.top === range.bottom && range.left === range.right ? cellA1({ row: range.top, column: range.left }) : rangeA1(range);
    if (!area || area.address.length + 1 + one.length > MAX_ADDRESS_CHARS) {
      area = { styles, address: one, rows: false, columns: false };
      areas.push(area);
    } else area.address += `,${one}`;
    area.rows ||= range.bottom > range.top;
    area.columns ||= range.right > range.left;
  }
  return areas;
}

function styleBlocks(sheet: SheetPlan): Block[] {
  const blocks: Block[] = [];
  /** Blocks that reached the previous column, by 「top,bottom,styles」: a run matching one widens it. */
  let open = new Map<string, Block>();
  for (let c = 0; c < sheet.columns.length; c++) {
    const next = new Map<string, Block>();
    for (const run of columnRuns(sheet, c)) {
      const key = `${run.range.top},${run.range.bottom},${run.styles.join()}`;
      const block = open.get(key);
      if (block) block.range.right = c;
      else blocks.push(run);
      next.set(key, block ?? run);
    }
    open = next;
  }
  return blocks;
}

/** Runs of equal style names down one column; unstyled cells start no run. */
function columnRuns(sheet: SheetPlan, column: number): Block[] {
  const runs: Block[] = [];
  let current: Block | undefined;
  let currentKey = '';
  sheet.rows.forEach((row, r) => {
    const styles = row[column]?.styles ?? [];
    const key = styles.join();
    if (current && key === currentKey) {
      current.range.bottom = r;
      return;
    }
    current = styles.length > 0 ? { range: { top: r, left: column, bottom: r, right: column }, styles } : undefined;
    currentKey = key;
    if (current) runs.push(current);
  });
  return runs;
}
