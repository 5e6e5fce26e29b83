// A1 references, the one address notation that ExcelJS and Office.js both take.

import type { CellAddress, CellRange } from './workbook-plan';

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellA1(cell: CellAddress): string {
  return `${columnLetters(cell.column)}${cell.row + 1}`;
}

export function rangeA1(range: CellRange): string {
  return `${cellA1({ row: range.top, column: range.left })}:${cellA1({ row: range.bottom, column: range.right })}`;
}

/** 「'单位汇总'!B3」: the sheet name always quoted, an apostrophe in it doubled. */
export function sheetCellRef(sheet: string, cell: CellAddress): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellA1(cell)}`;
}
