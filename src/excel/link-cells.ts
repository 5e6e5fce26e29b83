// The plan's link cells as Office.js hyperlinks to a cell of the same workbook.

import { sheetCellRef } from '../core/plan/address';
import type { CellAddress, SheetPlan } from '../core/plan/workbook-plan';

export function linkCells(sheet: SheetPlan): Array<{ at: CellAddress; link: Excel.RangeHyperlink }> {
  return sheet.rows.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell?.kind === 'link' ? [{ at: { row: r, column: c }, link: { documentReference: sheetCellRef(cell.sheet, cell.target), textToDisplay: cell.text } }] : [],
    ),
  );
}
