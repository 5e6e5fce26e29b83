// WorkbookPlan → .xlsx bytes. Each plan part has its own small writer; the order per sheet matters
// only where noted: the table writes its rows into cells, so cells come after it and restyle them.

import { Workbook } from 'exceljs';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { writeCells } from './cells';
import { freezePanes, mergeRanges, setColumns, setRowHeights } from './layout';
import { FIXED_DATE, finishPackage } from './package';
import { setPrint } from './print';
import { addTable } from './tables';
import { addValidations } from './validation';

export async function renderXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '分工表助手 RespMatrix';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    setColumns(worksheet, sheet);
    addTable(worksheet, sheet);
    writeCells(worksheet, sheet, plan.styles);
    setRowHeights(worksheet, sheet);
    mergeRanges(worksheet, sheet);
    freezePanes(worksheet, sheet);
    addValidations(worksheet, sheet);
    setPrint(worksheet, sheet);
  }
  const written = await workbook.xlsx.writeBuffer();
  return finishPackage(new Uint8Array(written as ArrayBuffer));
}
