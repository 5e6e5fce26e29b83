// What a sheet needs once its cells are written. Layout (widths, heights, merges) goes with the
// cells; the features (table, frozen panes, dropdowns, page setup, hidden columns, protection) are
// queued together afterwards, since a table can only be laid over cells that hold their header values.

import { rangeA1 } from '../core/plan/address';
import type { CellRange, SheetPlan } from '../core/plan/workbook-plan';
import { columnWidthPoints } from './range-format';
import { requestBytes, type SyncBudget } from './sync-budget';

/** Points of margin, as the .xlsx renderer's inches: 0.5 left and right, 0.6 top and bottom, 0.3 header and footer. */
const MARGINS: Partial<Excel.PageLayout> = { leftMargin: 36, rightMargin: 36, topMargin: 43.2, bottomMargin: 43.2, headerMargin: 21.6, footerMargin: 21.6 };

export function rangeOf(worksheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return worksheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
}

/** Column widths and row heights, one request each; merges one request per merged range. */
export async function queueLayout(worksheet: Excel.Worksheet, sheet: SheetPlan, budget: SyncBudget): Promise<void> {
  const columns = sheet.columns.map((width): Excel.SettableColumnProperties => ({ format: { columnWidth: columnWidthPoints(width) } }));
  const rows = sheet.rowHeights.map((rowHeight): Excel.SettableRowProperties => ({ format: { rowHeight } }));
  await budget.reserve(requestBytes([columns, rows], 2 + sheet.merges.length));
  if (columns.length > 0) worksheet.getRangeByIndexes(0, 0, 1, columns.length).setColumnProperties(columns);
  if (rows.length > 0) worksheet.getRangeByIndexes(0, 0, rows.length, 1).setRowProperties(rows);
  for (const merge of sheet.merges) rangeOf(worksheet, merge).merge(false);
}

/** What queueFeatures sends for a sheet: a table's four requests, the freeze, two per dropdown, eleven of page setup, the hidden columns and the protection. */
export function featureBytes(sheet: SheetPlan): number {
  const requests = 4 + 1 + 2 * sheet.validations.length + 11 + (sheet.hiddenColumns?.length ?? 0) + 1 + (sheet.protection?.editable.length ?? 0);
  return requestBytes(sheet.validations, requests);
}

export function queueFeatures(worksheet: Excel.Worksheet, sheet: SheetPlan): void {
  if (sheet.table) {
    const table = worksheet.tables.add(rangeA1(sheet.table.range), true);
    table.name = sheet.table.name;
    // No stripes: the severity colours must stay the only fills in the body (as in the .xlsx).
    table.style = 'TableStyleLight1';
    table.showBandedRows = false;
  }
  freeze(worksheet, sheet.frozen);
  for (const { range, values } of sheet.validations) {
    const cells = rangeOf(worksheet, range);
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: values.join(',') } };
    cells.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '请从列表中选择', message: `可选：${values.join('、')}` };
  }
  const { orientation, fitToWidth, repeatRows } = sheet.print;
  const page = worksheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = orientation === 'landscape' ? 'Landscape' : 'Portrait';
  Object.assign(page, MARGINS);
  if (fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (repeatRows > 0) page.setPrintTitleRows(`$1:$${repeatRows}`);
  for (const column of sheet.hiddenColumns ?? []) worksheet.getRangeByIndexes(0, column, 1, 1).columnHidden = true;
  protect(worksheet, sheet.protection);
}

/** Last, since a protected sheet refuses further changes; no password, so a clerk can lift it. */
function protect(worksheet: Excel.Worksheet, protection: SheetPlan['protection']): void {
  if (!protection) return;
  for (const range of protection.editable) rangeOf(worksheet, range).format.protection.locked = false;
  worksheet.protection.protect({ allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true });
}

function freeze(worksheet: Excel.Worksheet, { rows, columns }: SheetPlan['frozen']): void {
  if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(rangeA1({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
  else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
}
