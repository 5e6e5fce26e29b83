// One planned sheet added to an ExcelJS workbook: 回收汇总 writes its 督办 sheets into the loaded
// combined workbook this way, keeping every other sheet as it was. A new workbook is written
// directly instead (render-xlsx.ts), which gives the same cells without a cell object per cell.
// Each plan part has its own small writer; the order matters only where noted: the table writes
// its rows into cells, so cells come after it and restyle them.

import type { Workbook } from 'exceljs';
import type { SheetPlan, StyleName, StyleSpec } from '../core/plan/workbook-plan';
import { writeCells } from './cells';
import { freezePanes, mergeRanges, setColumns, setRowHeights } from './layout';
import { setPrint } from './print';
import { hideColumns, protect } from './protection';
import { addTable } from './tables';
import { addValidations } from './validation';

export async function addSheet(workbook: Workbook, sheet: SheetPlan, styles: Record<StyleName, StyleSpec>): Promise<void> {
  const worksheet = workbook.addWorksheet(sheet.name);
  setColumns(worksheet, sheet);
  hideColumns(worksheet, sheet);
  addTable(worksheet, sheet);
  writeCells(worksheet, sheet, styles);
  setRowHeights(worksheet, sheet);
  mergeRanges(worksheet, sheet);
  freezePanes(worksheet, sheet);
  addValidations(worksheet, sheet);
  setPrint(worksheet, sheet);
  await protect(worksheet, sheet);
}
