// WorkbookPlan → .xlsx bytes. Each plan part has its own small writer; the order per sheet matters
// only where noted: the table writes its rows into cells, so cells come after it and restyle them.

import { Workbook } from 'exceljs';
import type { SheetPlan, StyleName, StyleSpec, WorkbookPlan } from '../core/plan/workbook-plan';
import { writeCells } from './cells';
import { freezePanes, mergeRanges, setColumns, setRowHeights } from './layout';
import { FIXED_DATE, finishPackage, UNCOMPRESSED } from './package';
import { setPrint } from './print';
import { hideColumns, protect } from './protection';
import { addTable } from './tables';
import { addValidations } from './validation';

export async function renderXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '分工表助手 RespMatrix';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of plan.sheets) await addSheet(workbook, sheet, plan.styles);
  const written = await workbook.xlsx.writeBuffer(UNCOMPRESSED);
  return finishPackage(new Uint8Array(written as ArrayBuffer));
}

/** One planned sheet appended to a workbook (a new one, or a returned-work workbook being updated). */
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
