// What 分析当前表格 put on a clerk's sheet, kept in the workbook (mark-store.ts) so that 清除标记 can
// take exactly that away, even after the workbook was saved and reopened: each marked cell with the
// fill it had before, the comments added (by id), and the sheets written beside the table (by id).

import type { RecordedSheet } from './workbook-record';

/**
 * A cell's fill before the mark: colour '#RRGGBB' and pattern; 'None' for no fill, 'Unknown' where
 * Office.js could not say (a gradient, a fill it reports as null): such a cell is painted all the
 * same, and 清除标记 clears it only while it still has the mark's colour.
 */
export interface CellFill {
  color: string;
  pattern: string;
}

/**
 * The fill as read, in every form Excel reports "no fill": pattern 'None', or pattern null with
 * tintAndShade null (office-js issue 4900: Excel reports no fill as pattern null and color #FFFFFF,
 * and tintAndShade is null for no fill, a number for any colour, white included).
 */
export function fillBefore(fill: { color: string | null; pattern: string | null; tintAndShade: number | null }): CellFill {
  if (fill.pattern === 'None' || (fill.pattern === null && fill.tintAndShade === null && fill.color !== null)) return { color: fill.color ?? '#FFFFFF', pattern: 'None' };
  if (fill.color === null || fill.pattern === null) return { color: fill.color ?? '', pattern: 'Unknown' };
  return { color: fill.color, pattern: fill.pattern };
}

export interface MarkedCell {
  row: number;
  column: number;
  /** The fill put on it, '#RRGGBB': a cell whose fill the clerk changed since is left alone. */
  mark: string;
  before: CellFill;
}

/** One analysed sheet's marks. */
export interface MarkRecord {
  sheetId: string;
  cells: MarkedCell[];
  /** Ids of the comments added to the clerk's cells. */
  comments: string[];
  /** 审核问题 and 单位汇总 beside the table. */
  sheets: RecordedSheet[];
}

export function parseMarkRecords(json: string | undefined): MarkRecord[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((r): r is MarkRecord => typeof r?.sheetId === 'string' && Array.isArray(r.cells) && Array.isArray(r.comments) && Array.isArray(r.sheets)) : [];
  } catch {
    return [];
  }
}
