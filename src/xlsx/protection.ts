// Hidden columns and sheet protection. Protection has no password, so a clerk can lift it; the
// fill-in cells are unlocked after the cells are styled, since setting a cell's style replaces it.

import type { Worksheet } from 'exceljs';
import type { SheetPlan } from '../core/plan/workbook-plan';

export function hideColumns(worksheet: Worksheet, sheet: SheetPlan): void {
  for (const column of sheet.hiddenColumns ?? []) worksheet.getColumn(column + 1).hidden = true;
}

export async function protect(worksheet: Worksheet, sheet: SheetPlan): Promise<void> {
  if (!sheet.protection) return;
  for (const { top, left, bottom, right } of sheet.protection.editable) {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        // A new style object: the cell's own may be shared with every cell of its look (styles.ts).
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.style = { ...cell.style, protection: { locked: false } };
      }
    }
  }
  await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true });
}
